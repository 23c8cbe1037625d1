<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Chi bộ Trung tâm Dữ liệu nhà nước tổ chức lễ kết nạp đảng viên - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2017-5-11/Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x03D1340480BE853BA2184FA89738215174CA8066">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c03e3c785a087d27c731b37983">
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
    <p class="tandan-p-article-news-title">Chi bộ Trung tâm Dữ liệu nhà nước tổ chức lễ kết nạp đảng viên</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 11/05/2017 08:48</span> | <span class="tandan-span-view-count">Lượt xem: 563</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Chiều 5/5/2017, Chi bộ Trung tâm Dữ liệu nhà nước đã tổ chức Lễ kết nạp đảng viên cho 02 quần chúng ưu tú Nguyễn Văn Lĩnh và Lê Thị Hồng Huệ. Dự lễ kết nạp có đồng chí: Nguyễn Xuân Quang, Phó Bí thư Đảng ủy, Phó Giám đốc Sở; đại diện các Chi bộ trực thuộc Sở cùng toàn thể đảng viên, quần chúng ưu tú thuộc chi bộ Trung tâm Dữ liệu nhà nước.</p>
<p>Đồng chí Nguyễn Văn Lĩnh hiện công tác tại phòng Điều hành hệ thống; đồng chí Lê Thị Hồng Huệ công tác tại phòng Kế hoạch-Tài chính thuộc Trung tâm Dữ liệu nhà nước. Hai đồng chí đều là những viên chức trẻ có phẩm chất đạo đức tốt, trình độ chuyên môn vững, đặc biệt có tinh thần trách nhiệm cao trong công việc. Sau một thời gian dài không ngừng phấn đấu, rèn luyện, hai đồng chí đã vinh dự được đứng trong hàng ngũ của đảng.</p>
<p>Tại buổi Lễ, đồng chí Trương Tú Tài, Bí thư Chi bộ Trung tâm Dữ liệu đã trao Quyết định kết nạp và phân công nhiệm vụ cho các đảng viên mới; đồng thời lần lượt phân công các đồng chí Trần Văn Đại và Hoàng Thị Thanh Thúy, đảng viên chính thức trong Chi bộ tiếp tục giúp đỡ, dìu dắt các đồng chí Nguyễn Văn Lĩnh và Lê Thị Hồng Huệ trong thời gian 12 tháng dự bị.</p>
<p>Sau khi nhận quyết định từ Bí thư Chi bộ, các đồng chí đảng viên mới đã đứng trước cờ Tổ Quốc, cờ Đảng và chân dung Chủ tịch Hồ Chí Minh đọc lời tuyên thệ, hứa sẽ tiếp tục phấn đấu để luôn xứng đáng là người đảng viên gương mẫu, đóng góp sức mình thực hiện thành công nhiệm vụ chính trị của Chi bộ, góp phần xây dựng Chi bộ, Đảng bộ ngày càng vững mạnh.</p>
<p>Phát biểu tại buổi Lễ, đồng chí Nguyễn Xuân Quang – Phó Bí thư Đảng ủy, Phó Giám đốc Sở đã chúc mừng các đồng chí đảng viên mới đồng thời, bày tỏ mong muốn các đồng chí đảng viên mới sẽ tiếp tục giữ gìn phẩm chất đạo đức, nhiệt tình trong công tác, phát huy năng lực hơn nữa để cùng Chi bộ hoàn thành xuất sắc nhiệm vụ được giao, góp phần xây dựng Đảng bộ Sở Thông tin và Truyền thông ngày càng vững mạnh.</p>
<p>Dưới đây là một vài hình ảnh tại buổi lễ:</p>
<p>Đ/c Trương Tú Tài, Bí thư Chi bộ TTDL Nhà nước trao Quyết định kết nạp đảng cho đ/c Nguyễn Văn Lĩnh. Ảnh: Thu Lan</p>
<p>Đ/c Trương Tú Tài, Bí thư Chi bộ TTDL Nhà nước trao Quyết định kết nạp đảng cho đ/c Lê Thị Hồng Huệ. Ảnh: Thu Lan</p>
<p>Đ/c Nguyễn Xuân Quang, Phó Bí thư Đảng ủy tặng hoa chúc mừng 02 đ/c đảng viên mới. Ảnh: Thu Lan</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2017-5-11/Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Chi%20b%E1%BB%99%20Trung%20t%C3%A2m%20D%E1%BB%AF%20li%E1%BB%87u%20nh%C3%A0%20n%C6%B0%E1%BB%9Bc%20t%E1%BB%95%20ch%E1%BB%A9c%20l%E1%BB%85%20k%E1%BA%BFt%20n%E1%BA%A1p%20%C4%91%E1%BA%A3ng%20vi%C3%AAn&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2017-5-11/Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2017-4-7/Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx">Nâng cao năng lực lãnh đạo của đội ngũ Bí thư chi bộ</a> <span class="ngay">(07/04/2017)</span></li>
      <li><a href="/portal/Pages/2017-3-9/Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx">Ban Chấp hành Công đoàn khóa mới phấn đấu đạt khoảng 30% cán bộ nữ tham gia</a> <span class="ngay">(09/03/2017)</span></li>
      <li><a href="/portal/Pages/2017-1-11/Tang-cuong-su-lanh-dao-cua-Dang-voi-cuoc-van-dong-1og6rx.aspx">Tăng cường sự lãnh đạo của Đảng với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”</a> <span class="ngay">(11/01/2017)</span></li>
      <li><a href="/portal/Pages/2016-12-26/Chi-bo-Cong-nghe-thong-tin-to-chuc-le-ket-nap-dang2esdba.aspx">Chi bộ Công nghệ thông tin tổ chức lễ kết nạp đảng viên mới</a> <span class="ngay">(26/12/2016)</span></li>
      <li><a href="/portal/Pages/2016-12-26/Tang-cuong-vai-tro-neu-guong-cua-can-bo-dang-vienmsh0uo.aspx">Tăng cường vai trò nêu gương của cán bộ, đảng viên</a> <span class="ngay">(26/12/2016)</span></li>
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
