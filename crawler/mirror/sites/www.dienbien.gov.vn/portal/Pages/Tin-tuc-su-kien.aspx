<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tin tức - Sự kiện - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/Tin-tuc-su-kien.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Tin-tuc-su-kien.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x355948B3116B9F513D184FB3C8AEED9F7C7FAE74">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c092c4fe0edf7fa224ea2e4746">
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
    <div class="channel-news">
      <div class="channel-news-top">
        <p class="tandan-p-article-news-title"><a href="/portal/Pages/2020-3-11/Dang-bo-So-Thong-tin-va-Truyen-thong-chi-dao-thanhswjp83.aspx">Đảng bộ Sở Thông tin và Truyền thông chỉ đạo thành công Đại hội Chi bộ Cổng Giao tiếp Điện tử Hà Nội</a></p>
        <span class="channel-news-date">11/03/2020</span>
        <p class="channel-news-summary">HNP - Với chủ đề “Tăng cường xây dựng Đảng; đổi mới tư duy, chủ động; sáng tạo, xây dựng ngành Thông tin và Truyền thông Thủ đô phát triển nhanh, bền vững”, sáng 07/3, Đảng bộ Sở Thông tin và Truyền thông thành phố đã...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2018-8-2/So-TTTT-thiet-thuc-ky-niem-71-nam-ngay-Thuong-binh51xr96.aspx" title="Sở TT&amp;TT thiết thực kỷ niệm 71 năm ngày Thương binh, Liệt sỹ (27/7/1947 – 27/7/2018)">Sở TT&amp;TT thiết thực kỷ niệm 71 năm ngày Thương binh, Liệt sỹ (27/7/1947 – 27/7/2018)</a></p>
        <span class="channel-news-date">02/08/2018</span>
        <p class="channel-news-summary">Trong không khí cả nước tri ân các anh hùng liệt sỹ, thương binh, gia đình có công với Cách mạng nhân kỷ niệm 71 năm Ngày Thương binh, Liệt sỹ (27/7/1947-27/7/2018), Đoàn Thanh niên Sở Thông tin và Truyền thông Hà Nội...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2018-2-22/Trien-khai-nhiem-vu-nam-2018-ve-Nang-cao-hieu-luc-7h00lp.aspx" title="Triển khai nhiệm vụ năm 2018 về “Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị”">Triển khai nhiệm vụ năm 2018 về “Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị”</a></p>
        <span class="channel-news-date">22/02/2018</span>
        <p class="channel-news-summary">Nhằm nâng cao năng lực lãnh đạo của Đảng ủy Khối và cấp ủy Đảng cơ sở, triển khai thực hiện có hiệu quả chủ đề năm công tác 2018 theo hướng xây dựng chính quyền điện tử, phục vụ, chuyên nghiệp, hiện đại, hiệu lực, hiệu...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2018-1-18/Tuyen-truyen-ky-niem-50-nam-cuoc-Tong-tien-cong-va4bu1y3.aspx" title="Tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968">Tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968</a></p>
        <span class="channel-news-date">18/01/2018</span>
        <p class="channel-news-summary">Đảng ủy Khối các cơ quan Thành phố vừa ban hành Hướng dẫn số 15-HD/ĐUK gửi các Chi bộ, Đảng bộ cơ sở trực thuộc về tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968, mừng xuân Mậu Tuất 2018...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-7-21/Hoi-khoe-Doan-khoi-cac-co-quan-thanh-pho-Ha-Noi-lasige27.aspx" title="Hội khỏe Đoàn khối các cơ quan thành phố Hà Nội lần thứ VIII năm 2017">Hội khỏe Đoàn khối các cơ quan thành phố Hà Nội lần thứ VIII năm 2017</a></p>
        <span class="channel-news-date">21/07/2017</span>
        <p class="channel-news-summary">Sáng ngày 15/07, tại Trung tâm Văn hóa thể thao Quận Hoàng Mai đã diễn ra Lễ khai mạc Hội khỏe Đoàn khối các cơ quan thành phố Hà Nội 2017. Tham dự Lễ khai mạc có các đồng chí lãnh đạo Đảng ủy Khối các cơ quan cùng lãnh...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-7-7/Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx" title="Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí">Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí</a></p>
        <span class="channel-news-date">07/07/2017</span>
        <p class="channel-news-summary">Công tác phòng, chống tham nhũng, thực hành tiết kiệm, chống lãng phí có vai trò vô cùng quan trọng trong việc xây dựng tổ chức Đảng trong sạch vững mạnh. Quán triệt sâu sắc các văn bản chỉ đạo của Trung ương, Thành ủy...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-5-22/Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx" title="Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018">Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018</a></p>
        <span class="channel-news-date">22/05/2017</span>
        <p class="channel-news-summary">Nhằm giáo dục chính trị tư tưởng, lịch sử, truyền thống, lòng tự hào, tự tôn dân tộc và đạo lý “uống nước nhớ nguồn”, củng cố, bồi đắp niềm tin cho cán bộ, đảng viên và nhân dân Thủ đô nhất là thế hệ trẻ đối với Đảng và...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-5-11/Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx" title="Chi bộ Trung tâm Dữ liệu nhà nước tổ chức lễ kết nạp đảng viên">Chi bộ Trung tâm Dữ liệu nhà nước tổ chức lễ kết nạp đảng viên</a></p>
        <span class="channel-news-date">11/05/2017</span>
        <p class="channel-news-summary">Chiều 5/5/2017, Chi bộ Trung tâm Dữ liệu nhà nước đã tổ chức Lễ kết nạp đảng viên cho 02 quần chúng ưu tú Nguyễn Văn Lĩnh và Lê Thị Hồng Huệ. Dự lễ kết nạp có đồng chí: Nguyễn Xuân Quang, Phó Bí thư Đảng ủy, Phó Giám...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-4-7/Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx" title="Nâng cao năng lực lãnh đạo của đội ngũ Bí thư chi bộ">Nâng cao năng lực lãnh đạo của đội ngũ Bí thư chi bộ</a></p>
        <span class="channel-news-date">07/04/2017</span>
        <p class="channel-news-summary">Xác định rõ tầm quan trọng của Bí thư chi bộ trong việc thực hiện nhiệm vụ về đổi mới, xây dựng, chỉnh đốn Đảng, nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng theo tinh thần Nghị quyết Đại hội lần...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-3-9/Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx" title="Ban Chấp hành Công đoàn khóa mới phấn đấu đạt khoảng 30% cán bộ nữ tham gia">Ban Chấp hành Công đoàn khóa mới phấn đấu đạt khoảng 30% cán bộ nữ tham gia</a></p>
        <span class="channel-news-date">09/03/2017</span>
        <p class="channel-news-summary">Để Đại hội Tổ công đoàn cơ sở tiến tới Đại hội công đoàn Sở Thông tin và Truyền thông nhiệm kỳ 201 7 - 202 2 được tổ chức thành công tốt đẹp, ngày 15/2/2017, Đảng ủy Sở ban hành Nghị quyết yêu cầu cấp ủy các chi bộ, Thủ...</p>
      </div>
    </div>
    <div class="tandan-div-paging"><span class="CurrentPage">1</span> <a href="/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2">2</a> <a href="/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=3">3</a> <a href="/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=2">Tiếp</a> <a href="/portal/Pages/Tin-tuc-su-kien.aspx?PageIndex=3">Cuối</a></div>
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
