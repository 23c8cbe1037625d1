<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hội nghị Công bố Quyết định chuẩn y UVTV, Phó Bí thư Đảng ủy cơ quan Sở Thông tin và Truyền thông và quán triệt Nghị quyết Trung ương 7 (khóa XI) - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Chiều ngày 19/9/2013, Đảng bộ cơ quan Sở Thông tin và Truyền thông tổ chức Công bố Quyết định chuẩn y Ủy viên thường vụ, Phó Bí thư Đảng ủy cơ quan với đồng chí Phan Lan Tú, Đảng ủy viên, Giám đốc Sở Thông tin và Truyền thông và Hội nghị triển khai Nghị quyết Trung ương 7 (khoá XI) tới cán bộ, Đảng viên, quần chúng ưu tú trong Sở.">
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2013-9-20/Hoi-nghi-Cong-bo-Quyet-dinh-chuan-y-UVTV-Pho-Bi-thw1f34f.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Hoi-nghi-Cong-bo-Quyet-dinh-chuan-y-UVTV-Pho-Bi-thw1f34f.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x142BA21C5F53BF1314A1E8A30D61AB1BFA7C7C04">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c09e0b8594d786dd0fabefb41d">
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
    <p class="tandan-p-article-news-title">Hội nghị Công bố Quyết định chuẩn y UVTV, Phó Bí thư Đảng ủy cơ quan Sở Thông tin và Truyền thông và quán triệt Nghị quyết Trung ương 7 (khóa XI)</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 20/09/2013 08:24</span> | <span class="tandan-span-view-count">Lượt xem: 1.599</span></div>
    <p class="tandan-p-article-news-summary">Chiều ngày 19/9/2013, Đảng bộ cơ quan Sở Thông tin và Truyền thông tổ chức Công bố Quyết định chuẩn y Ủy viên thường vụ, Phó Bí thư Đảng ủy cơ quan với đồng chí Phan Lan Tú, Đảng ủy viên, Giám đốc Sở Thông tin và Truyền thông và Hội nghị triển khai Nghị quyết Trung ương 7 (khoá XI) tới cán bộ, Đảng viên, quần chúng ưu tú trong Sở.</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Tại Hội nghị, đồng chí Trương Thị Quỳnh Mai, Phó Bí thư Đảng ủy Khối các cơ quan Thành phố đã trao Quyết định chuẩn y và phát biểu chúc mừng đồng chí Phan Lan Tú, Ủy viên thường vụ, Phó Bí thư Đảng ủy cơ quan Sở Thông tin và Truyền thông mới được bổ sung.</p>
<p style="text-align: center;"><img src="https://www.dienbien.gov.vn/portal/Photos/2013-09-20/399a664e1460c6eaanh1.jpg" alt=""></p>
<p>Toàn cảnh hội nghị (Ảnh: Thu Hiền)</p>
<p>Cùng ngày, Đảng bộ cơ quan Sở Thông tin và Truyền thông cũng tổ chức Hội nghị quán triệt và triển khai Nghị quyết Trung ương 7 (khóa XI). Đồng chí Phan Đăng Long, Phó Trưởng ban Thường trực Ban Tuyên giáo Thành ủy đã giới thiệu những Nghị quyết được thông qua tại Hội nghị Trung ương 7: Nghị quyết về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường; Nghị quyết về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Hội nghị Trung ương 7 cũng đã thông qua Kết luận &quot;Một số vấn đề về tiếp tục đổi mới, hoàn thiện hệ thống chính trị từ Trung ương đến cơ sở&quot;; Kết luận &quot;Một số vấn đề về cải cách chính sách tiền lương, bảo hiểm xã hội và ưu đãi người có công, định hướng cải cách đến năm 2020&quot;; đồng thời xem x;ét, thảo luận Báo cáo việc giải trình, tiếp thu, chỉnh lý Dự thảo sửa đổi Hiến pháp năm 1992 trên cơ sở ý kiến đóng góp của các tầng lớp nhân dân; Báo cáo của Bộ Chính trị về sơ kết 1 năm thực hiện Nghị quyết Trung ương 4 khóa XI &quot;Một số vấn đề cấp bách về xây dựng Đảng hiện nay&quot;. Các nội dung của Nghị quyết đều được đồng chí Báo cáo viên phân tích, làm rõ, đi vào vấn đề cụ thể.</p>
<p>Đồng chí Phan Đăng Long - Phó Trưởng ban Tuyên giáo Thành ủy trình bày báo cáo tại Hội nghị (Ảnh: Thu Hiền)</p>
<p>Phát biểu kết luận Hội nghị, đồng chí Đặng Vũ Tuấn, Phó Bí thư Đảng ủy, Phó Giám đốc Sở Thông tin và Truyền thông yêu cầu toàn thể cán bộ công chức, Đảng viên, quần chúng ưu tú tiếp tục nghiên cứu, quán triệt Nghị quyết và phổ biến, thực hiện tại đơn vị./.</p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2013-9-20/Hoi-nghi-Cong-bo-Quyet-dinh-chuan-y-UVTV-Pho-Bi-thw1f34f.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=H%E1%BB%99i%20ngh%E1%BB%8B%20C%C3%B4ng%20b%E1%BB%91%20Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20chu%E1%BA%A9n%20y%20UVTV%2C%20Ph%C3%B3%20B%C3%AD%20th%C6%B0%20%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20c%C6%A1%20quan%20S%E1%BB%9F%20Th%C3%B4ng%20tin%20v%C3%A0%20Truy%E1%BB%81n%20th%C3%B4ng%20v%C3%A0%20qu%C3%A1n%20tri%E1%BB%87t%20Ngh%E1%BB%8B%20quy%E1%BA%BFt%20Trung%20%C6%B0%C6%A1ng%207%20%28kh%C3%B3a%20XI%29&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2013-9-20/Hoi-nghi-Cong-bo-Quyet-dinh-chuan-y-UVTV-Pho-Bi-thw1f34f.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2013-8-1/Huong-dan-bo-sung-so-sach-ho-so-ly-lich-dang-vien09xejs.aspx">Hướng dẫn bổ sung sổ sách, hồ sơ, lý lịch đảng viên</a> <span class="ngay">(01/08/2013)</span></li>
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
