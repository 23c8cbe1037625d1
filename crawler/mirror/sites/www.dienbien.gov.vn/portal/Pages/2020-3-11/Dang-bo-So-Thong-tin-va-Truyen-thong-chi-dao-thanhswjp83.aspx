<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Đảng bộ Sở Thông tin và Truyền thông chỉ đạo thành công Đại hội Chi bộ Cổng Giao tiếp Điện tử Hà Nội - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2020-3-11/Dang-bo-So-Thong-tin-va-Truyen-thong-chi-dao-thanhswjp83.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Dang-bo-So-Thong-tin-va-Truyen-thong-chi-dao-thanhswjp83.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x9710932C3AD87777F6FC73A49D2338B7321C5E9F">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c072bc235b360bd109f7e7cfe8">
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
    <p class="tandan-p-article-news-title">Đảng bộ Sở Thông tin và Truyền thông chỉ đạo thành công Đại hội Chi bộ Cổng Giao tiếp Điện tử Hà Nội</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 11/03/2020 14:12</span> | <span class="tandan-span-view-count">Lượt xem: 2.829</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>HNP - Với chủ đề “Tăng cường xây dựng Đảng; đổi mới tư duy, chủ động; sáng tạo, xây dựng ngành Thông tin và Truyền thông Thủ đô phát triển nhanh, bền vững”, sáng 07/3, Đảng bộ Sở Thông tin và Truyền thông thành phố đã chỉ đạo thành công đại hội Chi bộ Cổng Giao tiếp Điện tử Hà Nội (GTĐT) lần thứ V, nhiệm kỳ 2020 - 2022.</p>
<p>Đồng chí Nguyễn Xuân Quang, Phó Bí thư Đảng ủy, Phó Giám đốc Sở TT&amp;TT tặng hoa chúc mừng Chi ủy Chi bộ Cổng GTĐT nhiệm kỳ 2020-2022</p>
<p>Báo cáo chính trị trình Đại hội, do đồng chí Hoa Thanh Hải, Bí thư Chi bộ, Giám đốc Cổng GTĐT trình bày nêu rõ: Chi bộ đã hoàn thành xuất sắc Nghị quyết đại hội nhiệm kỳ 2017-2020 đề ra, 100% đảng viên trong Chi bộ tham gia đầy đủ và nghiêm túc các buổi sinh hoạt chính trị và học tập nghị quyết của Đảng do Đảng ủy Sở và Ban Tuyên giáo Thành ủy tổ chức. Hàng tháng, Chi bộ đều giữ nếp sinh hoạt nghiêm túc. Nhiệm kỳ qua, Chi bộ tập trung lãnh đạo thực hiện tốt nhiệm vụ chuyên môn, phân công công việc gắn liền trách nhiệm của cán bộ, đảng viên, phát huy tốt vai trò, trách nhiệm cá nhân trong hoạt động chung của đơn vị. Tính từ năm 2017 đến hết tháng 9/2019, Cổng GTĐT đã đăng 25.453 tin bài tiếng Việt, 4.730 tin tiếng Anh. Trong đó, tập trung thông tin sự chỉ đạo, điều hành của Thành ủy, HĐND, UBND TP Hà Nội và các sở, ban ngành, quận, huyện, thị xã; những sự kiện lớn của đất nước, 8 chương trình công tác lớn của Thành ủy, 5 nhiệm vụ trọng tâm và 3 khâu đột phá của Thành phố… Các Đảng viên biểu quyết tại Đại hội Đáng chú ý, nhiệm kỳ qua, đã sản xuất gần 2.000 video clip (gồm các thể loại: tin, phóng sự, bài phỏng vấn, hướng dẫn chính sách…) đăng tải trên Cổng GTĐT. Trang thông tin tiếng nước ngoài (hiện nay là trang tiếng Anh) ngày càng hoạt động ổn định, thông tin phong phú, kịp thời, lượng truy cập tăng. Cùng với đó, Cổng GTĐT cũng chú trọng chỉ dẫn TTHC, hỗ trợ tổ chức, công dân thực hiện dịch vụ công trực tuyến qua tổng đài 024.35123123. Từ tháng 1/2017 đến tháng 12/2019, Tổng đài đã tiếp nhận và chỉ dẫn hơn 97.000 cuộc điện thoại. Đồng thời, Cổng GTĐT đã cập nhật gần 2.500 văn bản quy phạm pháp luật, văn bản chỉ đạo điều hành của HĐND, UBND Thành phố. Về công tác xây dựng Đảng, hàng năm, Chi bộ Cổng GTĐT luôn được công nhận là tổ chức cơ sở đảng trong sạch vững mạnh. 100% đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ, trong đó, có 20% hoàn thành xuất sắc nhiệm vụ. Chi bộ đặc biệt chú trọng công tác phát triển Đảng, hoàn thành mức chỉ tiêu Nghị quyết Đại hội Chi bộ nhiệm kỳ 2017-2020 đề ra, đã kết nạp được 01 quần chúng vào Đảng (nghị quyết đề ra là kết nạp từ 1-2 đảng viên mới). Hoàn thành chỉ tiêu đảng viên tham gia lớp bồi dưỡng trung, cao cấp lý luận chính trị, trong đó, 01 đảng viên đang học lớp Cao cấp lý luận chính trị, 04 đảng viên hoàn thành lớp Trung cấp lý luận chính trị… Các Đảng viên bỏ phiếu bầu Chi ủy Chi bộ Cổng GTĐT nhiệm kỳ 2020-2022 Nhiệm kỳ 2020 - 2022, Chi bộ Cổng GTĐT phấn đấu tiếp tục giữ vững là tổ chức cơ sở đảng trong sạch, vững mạnh. Hàng năm, phấn đấu 100% đảng viên hoàn thành tốt nhiệm vụ, trong đó, có 20% đảng viên hoàn thành xuất sắc nhiệm vụ. Tăng cường công tác phát triển đảng, phấn đấu kết nạp từ 01 đến 02 đảng viên mới trở lên. Ngoài ra, 100% cán bộ, đảng viên tham gia học tập đầy đủ các chỉ thị, nghị quyết của Đảng; giới thiệu để Đảng ủy Sở TT&amp;TT cử từ 1-2 đảng viên sinh hoạt tại Chi bộ được tham gia lớp bồi dưỡng lý luận chính trị. Dự và phát biểu chỉ đạo tại Đại hội, đồng chí Nguyễn Xuân Quang, Phó Bí thư Đảng ủy, Phó Giám đốc Sở TT&amp;TT đánh giá cao sự lãnh đạo, chỉ đạo của Chi bộ Cổng GTĐT đối với công tác chuyên môn trong nhiệm kỳ vừa qua. Nổi bật đó là đã thông tin kịp thời chỉ đạo của Thành ủy, sự điều hành của UBND TP, các Nghị quyết, chuyên đề và hoạt động giám sát của HĐND TP; cùng với đó đã thông tin toàn diện, đầy đủ về sự phát triển kinh tế - xã hội của Thủ đô, được lãnh đạo TP đánh giá cao. Bên cạnh đó, các chỉ tiêu, nhiệm vụ trong nhiệm kỳ 2017 - 2020 cũng được Chi bộ Cổng GTĐT hoàn thành xuất sắc. Đồng chí Nguyễn Xuân Quang, Phó Bí thư Đảng ủy, Phó Giám đốc Sở TT&amp;TT phát biểu chỉ đạo tại Đại hội Về nhiệm vụ trong thời gian tới, đồng chí Nguyễn Xuân Quang đề nghị Chi ủy khóa mới tập trung làm tốt công tác chính trị tư tưởng cho cán bộ đảng viên, giữ vững bản lĩnh chính trị. Đồng thời, tiếp tục kế thừa những kết quả đạt được ở nhiệm kỳ trước, phát huy toàn diện về thực hiện nhiệm vụ chính trị cũng như công tác chuyên môn trong nhiệm kỳ tới. Đồng chí cũng đề nghị Chi bộ quan tâm hơn nữa, có thể nâng cao hơn về chỉ tiêu đặt ra trong nghị quyết, cần chú trọng hơn nữa công tác bồi dưỡng, đào tạo nâng cao trình độ cho cán bộ đảng viên phù hợp với thực tế hoạt động của Chi bộ. Sau đại hội tổ chức quán triệt nghị quyết trong toàn chi bộ kết hợp với sinh hoạt chuyên đề thiết thực với Cổng GTĐT Hà Nội. Tập thể Chi bộ Cổng GTĐT Hà Nội Đại hội đã bầu Chi ủy Chi bộ Cổng GTĐT khóa V, nhiệm kỳ 2020 - 2022, gồm 05 đồng chí. Đồng chí Hoa Thanh Hải tiếp tục được tín nhiệm bầu làm Bí thư Chi bộ Cổng GTĐT khóa V, nhiệm kỳ 2020-2022.</p>
<p style="text-align: right;"><strong>Huy Kiên</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2020-3-11/Dang-bo-So-Thong-tin-va-Truyen-thong-chi-dao-thanhswjp83.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=%C4%90%E1%BA%A3ng%20b%E1%BB%99%20S%E1%BB%9F%20Th%C3%B4ng%20tin%20v%C3%A0%20Truy%E1%BB%81n%20th%C3%B4ng%20ch%E1%BB%89%20%C4%91%E1%BA%A1o%20th%C3%A0nh%20c%C3%B4ng%20%C4%90%E1%BA%A1i%20h%E1%BB%99i%20Chi%20b%E1%BB%99%20C%E1%BB%95ng%20Giao%20ti%E1%BA%BFp%20%C4%90i%E1%BB%87n%20t%E1%BB%AD%20H%C3%A0%20N%E1%BB%99i&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2020-3-11/Dang-bo-So-Thong-tin-va-Truyen-thong-chi-dao-thanhswjp83.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2018-8-2/So-TTTT-thiet-thuc-ky-niem-71-nam-ngay-Thuong-binh51xr96.aspx">Sở TT&amp;TT thiết thực kỷ niệm 71 năm ngày Thương binh, Liệt sỹ (27/7/1947 – 27/7/2018)</a> <span class="ngay">(02/08/2018)</span></li>
      <li><a href="/portal/Pages/2018-2-22/Trien-khai-nhiem-vu-nam-2018-ve-Nang-cao-hieu-luc-7h00lp.aspx">Triển khai nhiệm vụ năm 2018 về “Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị”</a> <span class="ngay">(22/02/2018)</span></li>
      <li><a href="/portal/Pages/2018-1-18/Tuyen-truyen-ky-niem-50-nam-cuoc-Tong-tien-cong-va4bu1y3.aspx">Tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968</a> <span class="ngay">(18/01/2018)</span></li>
      <li><a href="/portal/Pages/2017-7-21/Hoi-khoe-Doan-khoi-cac-co-quan-thanh-pho-Ha-Noi-lasige27.aspx">Hội khỏe Đoàn khối các cơ quan thành phố Hà Nội lần thứ VIII năm 2017</a> <span class="ngay">(21/07/2017)</span></li>
      <li><a href="/portal/Pages/2017-7-7/Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx">Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí</a> <span class="ngay">(07/07/2017)</span></li>
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
