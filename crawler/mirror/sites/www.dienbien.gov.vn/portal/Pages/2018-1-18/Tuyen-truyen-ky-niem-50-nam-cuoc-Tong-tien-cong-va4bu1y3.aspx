<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968 - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2018-1-18/Tuyen-truyen-ky-niem-50-nam-cuoc-Tong-tien-cong-va4bu1y3.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Tuyen-truyen-ky-niem-50-nam-cuoc-Tong-tien-cong-va4bu1y3.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xA55BAFEAEC5078D2FF646248BF9C5AF5507F1438">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c00ff2d325346d74797e3b7a04">
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-fixed">
  <div class="header">
    <div class="container banner-band">
      <img src="/portal/_res/img/quochuy.png" alt="Quốc huy">
      <div class="brand-text"><h1>CỔNG THÔNG TIN ĐIỆN TỬ</h1><h2>TỈNH ĐIỆN BIÊN</h2></div>
      <div class="tandan-div-nav-top">
        <span class="tandan-span-today">Thứ Hai, 23/11/2026</span>
        <img alt="" src="/portal/_themes/DienBien/img/ic-sitemap.png">
        <a href="javascript:void(0)" onclick="window.location.href=_spPageContextInfo.webServerRelativeUrl+'/Pages/sitemap.aspx'">Sơ đồ cổng</a>
        <a href="/portal/_layouts/15/Authenticate.aspx">Đăng nhập</a>
        <img alt="" src="/portal/_themes/DienBien/img/ic-flag-en.jpg"> <a href="/en-us">English</a>
      </div>
    </div>
    <div class="banner-carousel"><div class="tandan-div-banner">
      <a href="/portal"><img src="/portal/Banner/banner_1-min.png" alt="Cổng thông tin điện tử tỉnh Điện Biên"></a>
    </div></div>
  </div>
  <div class="tandan-div-nav"><div style="margin: auto; width: 95%">
    <div id="ctl00_PlaceHolderGlobalNavigation_ctl00_ctl00" class="tandan-nav-lop menu-lv1">
      <ul class="tandan-ul-nav left">
        <li><a class="parent" href="/portal"><span>Trang chủ</span></a></li>
        <li><a class="parent" href="/portal/pages/Gioi-thieu.aspx"><span>Giới thiệu</span></a></li>
        <li class="selected"><a class="parent" href="/portal/Pages/Tin-tuc-su-kien.aspx"><span>Tin tức - Sự kiện</span></a></li>
        <li><a class="parent" href="/portal/Pages/Hoat-dong-lanh-dao-UBND-tinh.aspx"><span>Hoạt động lãnh đạo UBND tỉnh</span></a></li>
        <li><a class="parent" href="/portal/Pages/Tin-chi-dao-dieu-hanh.aspx"><span>Tin chỉ đạo điều hành</span></a></li>
        <li><a class="parent" href="/portal/Pages/home-new/cong-dan.aspx"><span>Công dân</span></a></li>
        <li><a class="parent" href="/portal/Pages/home-new/doanh-nghiep.aspx"><span>Doanh nghiệp</span></a></li>
      </ul>
    </div>
    <div class="tandan-div-search"><div class="div-input">
      <input type="text" name="k" placeholder="Từ khóa tìm kiếm"></div>
      <a id="_ctl00_ctl43_ctl00_cmd" href="javascript:void(0)">Tìm kiếm</a></div>
  </div></div>
</div>
<div class="container portal-content"><div class="row">
  <div class="col-md-3 col-left" id="content-left">
    <div class="block border has-icon">
      <div class="title"><a href="#">Chuyên mục</a></div>
      <div class="body"><ul class="TD-ul-module-menu-left">
        <li class="dropdown"><dt class="upperdd"><a href="/portal/Pages/Thong-tin-trong-tinh.aspx">Thông tin trong tỉnh</a></dt></li>
        <li class="dropdown"><dt class="upperdd"><a href="/portal/Pages/Thong-tin-trong-nuoc-va-quoc-te.aspx">Thông tin trong nước và quốc tế</a></dt></li>
        <li class="dropdown"><dt class="upperdd"><a href="/portal/Pages/Chuyen-muc-Kinh-te-Xa-hoi.aspx">Kinh tế - Xã hội</a></dt></li>
        <li class="dropdown"><dt class="upperdd"><a href="/portal/Pages/Quoc-phong-an-ninh.aspx">Quốc phòng - An ninh</a></dt></li>
        <li class="dropdown"><dt class="upperdd"><a href="/portal/Pages/Van-hoa-Du-lich.aspx">Văn hóa - Du lịch</a></dt></li>
        <li class="dropdown"><dt class="upperdd"><a href="/portal/Pages/Chuyen-muc-Cai-cach-hanh-chinh.aspx">Cải cách hành chính</a></dt></li>
      </ul></div>
    </div>
    <table class="s4-wpTopTable" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top">
      <div id="WebPartWPQ2" class="ms-WPBody noindex"><div class="ms-rtestate-field">
        <p><strong>Phản ánh, kiến nghị</strong></p>
        <p>Tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp về hành chính.</p>
        <p><a href="https://phananh.dienbien.gov.vn">Gửi phản ánh</a></p>
      </div></div>
    </td></tr></table>
  </div>
  <div class="col-md-6" id="content-main">
    <div class="rcrumbs"><ul class="breadcrumb">
      <li><a href="/portal">Trang chủ</a></li>
      <li><a href="/portal/Pages/Tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></li>
    </ul></div>
    <div class="tandan-div-article">
    <p class="tandan-p-article-news-title">Tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 18/01/2018 15:18</span> | <span class="tandan-span-view-count">Lượt xem: 3.787</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Đảng ủy Khối các cơ quan Thành phố vừa ban hành Hướng dẫn số 15-HD/ĐUK gửi các Chi bộ, Đảng bộ cơ sở trực thuộc về tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968, mừng xuân Mậu Tuất 2018 và kỷ niệm 88 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2018) ”.</p>
<p style="text-align: center;"><img src="https://www.dienbien.gov.vn/portal/Photos/2018-01-18/59103b16b284a28canh28.jpg" alt=""></p>
<p>Đối với hoạt động mừng Đảng, mừng Xuân: tập trung tuyên truyền, giáo dục truyền thống vẻ vang của Đảng Cộng sản Việt Nam, trong đó tập trung nêu bật những thắng lợi vĩ đại và bài học kinh nghiệm của Đảng trong suốt 88 năm qua, đặc biệt là trong hơn 30 năm thực hiện công cuộc đổi mới đất nước; khẳng định sự lãnh đạo đúng đắn của Đảng là nhân tố quyết định mọi thắng lợi của cách mạng Việt Nam. Tiếp tục đẩy mạnh tuyên truyền, quán triệt, thực hiện Nghị quyết Đại hội XII của Đảng, Nghị quyết XVI Đảng bộ Thành phố nhất là 5 nhiệm vụ chủ yếu, 3 khâu đột phá của nhiệm kỳ, 8 chương trình công tác toàn khóa của Ban Chấp hành Đảng bộ Thành phố, 3 chương trình công tác và các Đề án của Ban Chấp hành Đảng bộ Khối gắn với thực hiện Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ. Tuyên truyền các hoạt động mừng Đảng, mừng Xuân, nhất là các hoạt động chăm lo tết đối với gia đình chính sách, người có công với cách mạng, gia đình cán bộ, công chức có hoàn cảnh khó khăn. Tăng cường tuyên truyền đảm bảo an toàn giao thông, vui xuân đón tết lành mạnh, tiết kiệm gắn với việc phê phán những hiện tượng tiêu cực, cờ bạc, mê tín dị đoan, lãng phí trong dịp tết, những hành vi thiếu văn hóa nơi công cộng và các biểu hiện thương mại hóa trong hoạt động lễ hội…</p>
<p>Đối với hoạt động kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968: tuyên truyền về thắng lợi và sự đóng góp to lớn của quân và dân ta, nhất là các lực lượng cách mạng miền Nam trong cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968; đồng thời cũng chỉ ra sự thất bại cả về quân sự, chính trị của Mỹ, ngụy trên chiến trường miền Nam xuân Mậu Thân 1968 qua đó, bác bỏ mạnh mẽ, xác đáng những thông tin, quan điểm sai trái, xuyên tạc về cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968. Khẳng định tầm vóc và ý nghĩa lịch sử to lớn của cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968; phân tích, làm rõ các bài học kinh nghiệm; từ đó khơi dậy và phát huy tinh thần cách mạng tiến công vào thực hiện thắng lợi sự nghiệp công nghiệp hóa, hiện đại hóa đất nước và hội nhập quốc tế. Tuyên truyền vận dụng những bài học kinh nghiệm trong xây dựng Đảng, chính quyền và trong công cuộc đổi mới của Đảng và nhân dân ta, các thành tựu trong sự nghiệp xây dựng và bảo vệ Tổ quốc Việt Nam xã hội chủ nghĩa, xây dựng Thủ đô giàu đẹp, văn minh.</p>
<p>Căn cứ tình hình, điều kiện thực tế của đơn vị, cấp ủy các Tổ chức cơ sở Đảng lựa chọn hình thức tuyên truyền cho phù hợp như: tổ chức giao lưu, tọa đàm, gặp mặt nhân chứng lịch sử, giáo dục truyền thống, thăm di tích lịch sử, , thăm hỏi các gia đình, đối tượng chính sách, giúp đỡ các địa phương, gia đình có hoàn cảnh khó khăn; tổ chức chiếu phim tư liệu, phim truyện về cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968 và những thành tựu đổi mới của Thủ đô, đất nước; phát động các phong trào thi đua thực hiện thắng lợi nhiệm vụ chính trị, các chỉ tiêu phát triển văn hóa - xã hội, an ninh - quốc phòng, thiết thực chào mừng kỷ niệm 88 năm Ngày thành lập Đảng Cộng sản Việt Nam, mừng xuân Mậu Tuất 2018.</p>
<p>Đồng thời, xây dựng kế hoạch, chỉ đạo, tổ chức thực hiện hiệu quả công tác tuyên truyền theo các nội dung nêu trên đến cán bộ, đảng viên, công chức, viên chức và người lao động trong cơ quan, đơn vị.</p>
<p>MỘT SỐ KHẨU HIỆU TUYÊN TRUYỀN</p>
<p>1. Mừng đất nước đổi mới, mừng Đảng quang vinh, mừng xuân Mậu Tuất 2018!</p>
<p>2. Nhiệt liệt chào mừng 88 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2018)!</p>
<p>3. Phát huy sức mạnh đại đoàn kết toàn dân tộc, đẩy mạnh toàn diện, đồng bộ công cuộc đổi mới, vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh!</p>
<p>4. Đảng Cộng sản Việt Nam quang vinh muôn năm!</p>
<p>5. Nước Cộng hòa xã hội chủ nghĩa Việt Nam muôn năm!</p>
<p>6. Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!</p>
<p>7. Kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968!</p>
<p>8. Xây dựng “Thế trận lòng dân”, tạo nền tảng vững chắc xây dựng nền quốc phòng toàn dân và an ninh nhân dân!</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2018-1-18/Tuyen-truyen-ky-niem-50-nam-cuoc-Tong-tien-cong-va4bu1y3.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Tuy%C3%AAn%20truy%E1%BB%81n%20k%E1%BB%B7%20ni%E1%BB%87m%2050%20n%C4%83m%20cu%E1%BB%99c%20T%E1%BB%95ng%20ti%E1%BA%BFn%20c%C3%B4ng%20v%C3%A0%20n%E1%BB%95i%20d%E1%BA%ADy%20xu%C3%A2n%20M%E1%BA%ADu%20Th%C3%A2n%201968&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2018-1-18/Tuyen-truyen-ky-niem-50-nam-cuoc-Tong-tien-cong-va4bu1y3.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2017-7-21/Hoi-khoe-Doan-khoi-cac-co-quan-thanh-pho-Ha-Noi-lasige27.aspx">Hội khỏe Đoàn khối các cơ quan thành phố Hà Nội lần thứ VIII năm 2017</a> <span class="ngay">(21/07/2017)</span></li>
      <li><a href="/portal/Pages/2017-7-7/Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx">Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí</a> <span class="ngay">(07/07/2017)</span></li>
      <li><a href="/portal/Pages/2017-5-22/Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx">Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018</a> <span class="ngay">(22/05/2017)</span></li>
      <li><a href="/portal/Pages/2017-5-11/Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx">Chi bộ Trung tâm Dữ liệu nhà nước tổ chức lễ kết nạp đảng viên</a> <span class="ngay">(11/05/2017)</span></li>
      <li><a href="/portal/Pages/2017-4-7/Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx">Nâng cao năng lực lãnh đạo của đội ngũ Bí thư chi bộ</a> <span class="ngay">(07/04/2017)</span></li>
    </ul></div>
    </p>
    </div>
  </div>
  <div class="col-md-3 col-right" id="content-right">
    <div class="TD-box-news">
      <div class="TD-box-news-title"><a href="/portal/Pages/Tin-tuc-su-kien.aspx">Tin mới nhất</a></div>
      <div class="TD-box-news-main">
        <div class="tandan-div-module-news-top"><div class="tandan-div-module-default-right">
          <p class="tandan-p-module-news-title"><a href="/portal/Pages/2020-3-11/Dang-bo-So-Thong-tin-va-Truyen-thong-chi-dao-thanhswjp83.aspx">Đảng bộ Sở Thông tin và Truyền thông chỉ đạo thành công Đại hội Chi bộ Cổng Giao tiếp Điện tử Hà Nội</a><span class="ngay"> (11/03/2020)</span></p>
        </div></div>
        <div class="tandan-div-module-news-bottom">
        <p class="tandan-p-module-news-second"><a href="/portal/Pages/2018-8-2/So-TTTT-thiet-thuc-ky-niem-71-nam-ngay-Thuong-binh51xr96.aspx">Sở TT&amp;TT thiết thực kỷ niệm 71 năm ngày Thương binh, Liệt sỹ (27/7/1947 – 27/7/2018)</a><span class="ngay"> (02/08/2018)</span></p>
        <p class="tandan-p-module-news-second"><a href="/portal/Pages/2018-2-22/Trien-khai-nhiem-vu-nam-2018-ve-Nang-cao-hieu-luc-7h00lp.aspx">Triển khai nhiệm vụ năm 2018 về “Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị”</a><span class="ngay"> (22/02/2018)</span></p>
        <p class="tandan-p-module-news-second"><a href="/portal/Pages/2018-1-18/Tuyen-truyen-ky-niem-50-nam-cuoc-Tong-tien-cong-va4bu1y3.aspx">Tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968</a><span class="ngay"> (18/01/2018)</span></p>
        <p class="tandan-p-module-news-second"><a href="/portal/Pages/2017-7-21/Hoi-khoe-Doan-khoi-cac-co-quan-thanh-pho-Ha-Noi-lasige27.aspx">Hội khỏe Đoàn khối các cơ quan thành phố Hà Nội lần thứ VIII năm 2017</a><span class="ngay"> (21/07/2017)</span></p>
        </div>
      </div>
    </div>
    <div class="block border has-icon"><div class="title"><a href="#">Liên kết website</a></div>
      <div class="body"><select onchange="window.open(this.value)">
        <option value="">-- Liên kết website --</option>
        <option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
        <option value="https://phananh.dienbien.gov.vn">Phản ánh hiện trường tỉnh Điện Biên</option>
      </select></div></div>
  </div>
</div></div>
<div class="tandan-div-footer"><div class="container">
  <p class="footer-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Điện Biên</p>
  <p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Điện Biên" khi phát hành lại thông tin từ website này.</p>
  <div class="tandan-div-counter"><span>Lượt truy cập: 28.461.937</span>
    <span>Đang trực tuyến: <span id="lblOnline">...</span></span></div>
</div></div>
</div></div>
</form>
</body>
</html>
