<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Đẩy mạnh tuyên truyền thực hiện công tác đảm bảo trật tự văn minh đô thị trên địa bàn Thủ đô - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Để thực hiện tốt chủ trương của Thành phố về tăng cường sự lãnh đạo, chỉ đạo thực hiện công tác đảm bảo trật tự và văn minh đô thị trên địa bàn Thủ đô, Ban Tuyên giáo Thành ủy đã có văn bản số 372-CV/BTG yêu cầu Ban Tuyên giáo các quận, huyện, thị ủy; MTTQ và các tổ chức chính trị xã hội Thành phố và các báo, đài, bản tin Thành phố thực hiện tốt một số nhiệm vụ.">
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2016-9-12/Day-manh-tuyen-truyen-thuc-hien-cong-tac-dam-bao-tdmuo2k.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Day-manh-tuyen-truyen-thuc-hien-cong-tac-dam-bao-tdmuo2k.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xC083A15F3B170726899D2585E0018246B737C161">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c095b5b103dad895b1f2c77e75">
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
    <p class="tandan-p-article-news-title">Đẩy mạnh tuyên truyền thực hiện công tác đảm bảo trật tự văn minh đô thị trên địa bàn Thủ đô</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 12/09/2016 09:13</span> | <span class="tandan-span-view-count">Lượt xem: 3.978</span></div>
    <p class="tandan-p-article-news-summary">Để thực hiện tốt chủ trương của Thành phố về tăng cường sự lãnh đạo, chỉ đạo thực hiện công tác đảm bảo trật tự và văn minh đô thị trên địa bàn Thủ đô, Ban Tuyên giáo Thành ủy đã có văn bản số 372-CV/BTG yêu cầu Ban Tuyên giáo các quận, huyện, thị ủy; MTTQ và các tổ chức chính trị xã hội Thành phố và các báo, đài, bản tin Thành phố thực hiện tốt một số nhiệm vụ.</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Tham mưu cho cấp ủy, chính quyền đẩy mạnh công tác tuyên truyền, quán triệt chỉ thị số 08-CT/TU ngày 26/5/2016 của Thành ủy Hà Nội về &quot;Tăng cường sự lãnh đạo, chỉ đạo thực hiện công tác đảm bảo trật tự và văn minh đô thị trên địa bàn Thủ đô&quot;, nhằm nâng cao ý thức, trách nhiệm của cán bộ, đảng viên và nhân dân về thực hiện tốt công tác đảm bảo trật tự và văn minh đô thị; trọng tâm là tiếp tục chấn chỉnh lại kỷ cương, trật tự xây dựng; xây dựng nếp sống văn minh đô thị, góp phần xây dựng Thủ đô ngày càng văn minh, hiện đại, &quot;Sáng-Xanh-Sạch-Đẹp&quot;.</p>
<p style="text-align: center;"><img src="https://www.dienbien.gov.vn/portal/Photos/2016-09-12/14b0dd3b8ad942a4anh7.jpg" alt=""></p>
<p>Cụ thể hóa những nội dung trọng tâm trong Kế hoạch số 143/KH-UBND ngày 27/7/2016 của UBND Thành phố &quot;về thực hiện số 08-CT/TU ngày 26/5/2016 của Thành ủy Hà Nội về &quot;Tăng cường sự lãnh đạo, chỉ đạo thực hiện công tác đảm bảo trật tự và văn minh đô thị trên địa bàn Thủ đô&quot; vào các chương trình công tác của đơn vị gắn với thực hiện Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XVI và 8 Chương trình công tác của Thành ủy khóa XVI; chủ động phối hợp với các lực lượng chức năng triển khai các giải pháp nhằm tạo sự chuyển biến thật sự rõ nét về công tác đảm bảo trật tự và văn minh đô thị trên địa bàn trên cơ sở phát huy những kết quả đã đạt được.</p>
<p>Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội đẩy mạnh tuyên truyền, vận động cán bộ, đảng viên, hội viên và các tầng lớp nhân dân chấp hành nghiêm quy định của Nhà nước và của Thành phố về quản lý đô thị, gắn với triển khai tốt các phong trào như: &quot;Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh&quot;; &quot;Người tốt-việc tốt&quot;; duy trì nền nếp công tác vệ sinh tại các tuyến đường, tuyến phố; xây dựng các mô hình tuyến phố tự quản &quot;Sáng-Xanh-sạch-đẹp&quot;; &quot;Văn hóa giao thông&quot;. Phát huy vai trò giám sát cộng đồng đối với các cơ quan chức năng của địa phương trong việc thực hiện các quy định của pháp luật và của Thành phố.</p>
<p>Giao Sở Văn hóa-Thể thao, Sở Thông tin và Truyền thông chỉ đạo, hướng dẫn theo ngành dọc và các đơn vị chức năng tổ chức hoạt động văn hóa, văn nghệ thể thao, cổ động trực quan tuyên truyền về công tác đảm bảo trật tự và văn minh đô thị, nhất là tại các khu trung tâm, trên các tuyến quốc lộ, sân bay, nhà ga, bến xe…..</p>
<p>Các báo, đài, bản tin Thành phố mở các chuyên trang, chuyên mục tăng cường biên soạn tin, bài phản ánh kết quả triển khai công tác đảm bảo trật tự và văn minh đô thị của các địa phương, đơn vị; kịp thời nhân rộng và phát hiện các mô hình, tập thể, cá nhân tiêu biểu trong thực hiện trật tự và văn minh đô thị trên địa bàn Thành phố; phê phán những nơi chưa thực hiện tốt công tác này./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2016-9-12/Day-manh-tuyen-truyen-thuc-hien-cong-tac-dam-bao-tdmuo2k.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=%C4%90%E1%BA%A9y%20m%E1%BA%A1nh%20tuy%C3%AAn%20truy%E1%BB%81n%20th%E1%BB%B1c%20hi%E1%BB%87n%20c%C3%B4ng%20t%C3%A1c%20%C4%91%E1%BA%A3m%20b%E1%BA%A3o%20tr%E1%BA%ADt%20t%E1%BB%B1%20v%C4%83n%20minh%20%C4%91%C3%B4%20th%E1%BB%8B%20tr%C3%AAn%20%C4%91%E1%BB%8Ba%20b%C3%A0n%20Th%E1%BB%A7%20%C4%91%C3%B4&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2016-9-12/Day-manh-tuyen-truyen-thuc-hien-cong-tac-dam-bao-tdmuo2k.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2016-8-30/Nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chkc89ib.aspx">Nâng cao năng lực lãnh đạo, sức chiến đầu của tổ chức đảng và chất lượng cán bộ, đảng viên</a> <span class="ngay">(30/08/2016)</span></li>
      <li><a href="/portal/Pages/2016-7-20/Tuyen-truyen-ky-niem-70-nam-Ngay-truyen-thong-luc-l42imy.aspx">Tuyên truyền kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô Hà Nội</a> <span class="ngay">(20/07/2016)</span></li>
      <li><a href="/portal/Pages/2016-6-8/Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx">Tuyên truyền thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế</a> <span class="ngay">(08/06/2016)</span></li>
      <li><a href="/portal/Pages/2016-4-19/Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx">Triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ</a> <span class="ngay">(19/04/2016)</span></li>
      <li><a href="/portal/Pages/2015-4-22/Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx">Trao quà cho 3 đoàn viên tổ Công đoàn Trung tâm Giao dịch CNTT&amp;TT</a> <span class="ngay">(22/04/2015)</span></li>
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
