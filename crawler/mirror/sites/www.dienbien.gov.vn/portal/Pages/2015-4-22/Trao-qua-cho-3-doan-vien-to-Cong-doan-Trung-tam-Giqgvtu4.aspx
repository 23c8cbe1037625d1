<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Trao quà cho 3 đoàn viên tổ Công đoàn Trung tâm Giao dịch CNTT&amp;TT - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Chiều ngày 21/4, Sở Thông tin và Truyền thông phối hợp với Công đoàn cơ quan tổ chức trao quà ủng hộ cho 3 đoàn viên Công đoàn hiện đang công tác tại Trung tâm Giao dịch CNTTamp;TT. Đồng chí Phan Lan Tú, Giám đốc Sở và đại diện Ban Chấp hành Công đoàn, Văn phograve;ng Sở cùng dự.">
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2015-4-22/Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x4307461E1D5C99BEBD50A861A9A52BB7EDB9B0BD">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c01f5c278f21359fdcaa2264c8">
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
    <p class="tandan-p-article-news-title">Trao quà cho 3 đoàn viên tổ Công đoàn Trung tâm Giao dịch CNTT&amp;TT</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 22/04/2015 14:03</span> | <span class="tandan-span-view-count">Lượt xem: 1.923</span></div>
    <p class="tandan-p-article-news-summary">Chiều ngày 21/4, Sở Thông tin và Truyền thông phối hợp với Công đoàn cơ quan tổ chức trao quà ủng hộ cho 3 đoàn viên Công đoàn hiện đang công tác tại Trung tâm Giao dịch CNTTamp;TT. Đồng chí Phan Lan Tú, Giám đốc Sở và đại diện Ban Chấp hành Công đoàn, Văn phograve;ng Sở cùng dự.</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Sau 1 tuần phát động, với tinh thần &quot;lá lành đùm lá rách&quot;, &quot;thương người như thể thương thân&quot;, cán bộ, công chức, viên chức và người lao động trong toàn Sở đã quyên góp được 22.750.000 đồng. Đồng chí Phan Lan Tú, Giám đốc Sở cùng đại diện Ban Chấp hành Công đoàn Sở đã trực tiếp trao món quà ý nghĩa này cho các đồng chí: Nguyễn Thị Kim Dung, nhân viên tạp vụ, bị tràn dịch màng phổi; Ngô Thị Miến, nhân viên tạp vụ có bố đẻ lâm trọng bệnh; Nguyễn Đức Quân, nhân viên phòng Hạ tầng, có vợ lâm trọng bệnh.</p>
<p>Đ/c Phan Lan Tú, Giám đốc Sở và Ban Chấp hành Công đoàn động viên 3 đoàn viên Công đoàn Trung tâm Giao dịch CNTT&amp;TT (Ảnh: Thu Hiền)</p>
<p>Giám đốc Phan Lan Tú cùng đại diện Ban Chấp hành Công đoàn đã ân cần thăm hỏi, động viên các gia đình được nhận hỗ trợ lần này, mong muốn các đồng chí giữ gìn sức khỏe, sớm vượt qua khó khăn, yên tâm công tác./.</p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2015-4-22/Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Trao%20qu%C3%A0%20cho%203%20%C4%91o%C3%A0n%20vi%C3%AAn%20t%E1%BB%95%20C%C3%B4ng%20%C4%91o%C3%A0n%20Trung%20t%C3%A2m%20Giao%20d%E1%BB%8Bch%20CNTT%26TT&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2015-4-22/Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2015-4-16/Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx">Kế hoạch Học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2015</a> <span class="ngay">(16/04/2015)</span></li>
      <li><a href="/portal/Pages/2015-3-23/Chung-ket-Giai-bong-da-Nganh-TTTT-Ha-Noi-mo-rong-lzwvbgg.aspx">Chung kết Giải bóng đá Ngành TT&amp;TT Hà Nội mở rộng lần thứ II: VNPT Hà Nội gặp Viettel Chi nhánh Hà Nội</a> <span class="ngay">(23/03/2015)</span></li>
      <li><a href="/portal/Pages/2015-2-2/Hoi-nghi-Cong-chuc-Vien-chuc-So-Thong-tin-va-Truyeqtjm74.aspx">Hội nghị Công chức, Viên chức Sở Thông tin và Truyền thông năm 2015</a> <span class="ngay">(02/02/2015)</span></li>
      <li><a href="/portal/Pages/2014-9-24/Doan-Thanh-nien-So-TTTT-tham-gia-hien-mau-tinh-ngumql45m.aspx">Đoàn Thanh niên Sở TT&amp;TT tham gia hiến máu tình nguyện</a> <span class="ngay">(24/09/2014)</span></li>
      <li><a href="/portal/Pages/2014-6-6/Soi-noi-Hoi-thi-tim-hieu-85-nam-Cong-doan-Viet-Namzq59cx.aspx">Sôi nổi Hội thi tìm hiểu “85 năm Công đoàn Việt Nam, 60 năm Thủ đô xây dựng và phát triển”</a> <span class="ngay">(06/06/2014)</span></li>
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
