<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tuyên truyền thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Ngày 2/6/2016, Đảng ủy Khối các cơ quan Thành phố ban hành Hướng dẫn công tác thông tin, tuyên truyền thực hiện Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế và cơ cấu lại đội ngũ công chức, viên chức.">
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2016-6-8/Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x2267D96EC83144F44C42A5BB28AEB9A409006054">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c02093289bace2bd084b4cb377">
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
    <p class="tandan-p-article-news-title">Tuyên truyền thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 08/06/2016 10:38</span> | <span class="tandan-span-view-count">Lượt xem: 3.887</span></div>
    <p class="tandan-p-article-news-summary">Ngày 2/6/2016, Đảng ủy Khối các cơ quan Thành phố ban hành Hướng dẫn công tác thông tin, tuyên truyền thực hiện Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế và cơ cấu lại đội ngũ công chức, viên chức.</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Mục đích của công tác tuyên truyền nhằm nâng cao nhận thức cho cán bộ, đảng viên, công chức, viên chức và người lao động về mục tiêu, quan điểm, ý nghĩa, yêu cầu của công tác tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức thành phố. Qua đó, nâng cao trách nhiệm, thống nhất hành động của các cấp ủy các Tổ chức cơ sở Đảng và của đội ngũ cán bộ, công chức, viên chức trong toàn Đảng bộ Khối, quyết tâm thực hiện có hiệu quả tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức nhưng không làm ảnh hưởng đến hoạt động, đảm bảo hoàn thành tốt nhiệm vụ chính trị được giao.</p>
<p>Hướng dẫn nêu rõ công tác tuyên truyền cần tập trung vào các nội dung sau:</p>
<p>Về tổ chức bộ máy: tuyên truyền về mục đích ý nghĩa của việc rà soát, sắp xếp, kiện toàn tổ chức bộ máy của các cơ quan, đơn vị; việc hoàn thiện quy hoạch mạng lưới các đơn vị sự nghiệp công lập theo ngành, lĩnh vực….</p>
<p>Về tinh giản biên chế: tuyên truyền chủ trương tinh giản biên chế cán bộ, công chức, viên chức, nhằm bảo đảm không tăng tổng biên chế của cả hệ thống chính trị Thành phố; việc tinh giản biên chế của cơ quan, đơn vị trong 7 năm (2015 - 2021) và từng năm. Trong đó, nêu bật tỉ lệ tinh giản biên chế đến năm 2021 tối thiểu là 10% biên chế của đơn vị. Đối với đơn vị sự nghiệp công lập có nguồn thu sự nghiệp, khuyến khích đẩy mạnh chuyển đổi thêm 10% số lượng viên chức sang cơ chế tự chủ, tự chịu trách nhiệm và xã hội hóa, thay thế nguồn trả lương từ ngân sách nhà nước bằng việc trả lương từ nguồn thu sự nghiệp; tuyên truyền việc các cơ quan, tổ chức, đơn vị tuyển dụng số cán bộ, công chức, viên chức mới không quá 50% số biên chế cán bộ, công chức, viên chức đã thực hiện tinh giản biên chế và không quá 50% số biên chế cán bộ, công chức, viên chức đã giải quyết chế độ nghỉ hưu hoặc thôi việc theo quy định; tuyên truyền rõ mục đích của việc xác định vị trí việc làm trong các cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập của Đảng, Nhà nước, tổ chức chính trị - xã hội để làm căn cứ xác định biên chế phù hợp; việc thực hiện kiêm nhiệm đối với một số chức danh của cán bộ, công chức từ cấp Thành phố đến cấp xã, nhất là kiêm nhiệm đối với các chức danh cán bộ không chuyên trách ở cấp xã và ở thôn, tổ dân phố...</p>
<p>Về xây dựng cơ cấu đội ngũ cán bộ, công chức, viên chức: tuyên truyền việc thực hiện chủ trương về cơ cấu lại đội ngũ cán bộ, công chức, viên chức theo ngạch, chức danh nghề nghiệp, vị trí việc làm và trình độ đào tạo phù hợp với chức năng, nhiệm vụ, bảo đảm cơ cấu phù hợp về nữ; việc đổi mới phương thức tuyển dụng công chức, viên chức; cơ chế đánh giá công chức, viên chức.</p>
<p>Cổ vũ, biểu dương những cơ quan, đơn vị triển khai tổ chức thực hiện tốt Nghị quyết 39-NQ/TW của Bộ Chính trị và Kế hoạch số 05-KH/TU ngày 25/2/2016 của Ban Thường vụ Thành ủy; đồng thời nghiêm khắc xử lý, phê bình, nhắc nhở các cơ quan, đơn vị không thực hiện được tỷ lệ tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức theo kế hoạch của Ban Chỉ đạo.</p>
<p>Đảng ủy Khối các cơ quan Thành phố yêu cầu Cấp ủy các Tổ chức cơ sở Đảng xây dựng kế hoạch và tổ chức triển khai công tác thông tin, tuyên truyền thực hiện Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính (khóa XI) và các văn bản chỉ đạo của thành phố và Đảng ủy Khối. Tổ chức tốt các hoạt động như: sinh hoạt chính trị tại chi bộ, tọa đàm, trao đổi; thường xuyên nắm bắt diễn biến tư tưởng của cán bộ, đảng viên; tập trung giải quyết tốt những vấn đề phát sinh, không để phát sinh những vấn đề bức xúc trong qua trình triển khai thực hiện Nghị quyết. Đảng ủy Sở Thông tin và Truyền thông, Mặt trận Tổ quốc và các cơ quan Báo chí thực hiện theo hướng dẫn số 12a-HD/BTGTU ngày 12/5/2016./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2016-6-8/Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Tuy%C3%AAn%20truy%E1%BB%81n%20th%E1%BB%B1c%20hi%E1%BB%87n%20Ngh%E1%BB%8B%20quy%E1%BA%BFt%2039%20c%E1%BB%A7a%20B%E1%BB%99%20Ch%C3%ADnh%20tr%E1%BB%8B%20v%E1%BB%81%20tinh%20gi%E1%BA%A3n%20bi%C3%AAn%20ch%E1%BA%BF&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2016-6-8/Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2016-4-19/Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx">Triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ</a> <span class="ngay">(19/04/2016)</span></li>
      <li><a href="/portal/Pages/2015-4-22/Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx">Trao quà cho 3 đoàn viên tổ Công đoàn Trung tâm Giao dịch CNTT&amp;TT</a> <span class="ngay">(22/04/2015)</span></li>
      <li><a href="/portal/Pages/2015-4-16/Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx">Kế hoạch Học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2015</a> <span class="ngay">(16/04/2015)</span></li>
      <li><a href="/portal/Pages/2015-3-23/Chung-ket-Giai-bong-da-Nganh-TTTT-Ha-Noi-mo-rong-lzwvbgg.aspx">Chung kết Giải bóng đá Ngành TT&amp;TT Hà Nội mở rộng lần thứ II: VNPT Hà Nội gặp Viettel Chi nhánh Hà Nội</a> <span class="ngay">(23/03/2015)</span></li>
      <li><a href="/portal/Pages/2015-2-2/Hoi-nghi-Cong-chuc-Vien-chuc-So-Thong-tin-va-Truyeqtjm74.aspx">Hội nghị Công chức, Viên chức Sở Thông tin và Truyền thông năm 2015</a> <span class="ngay">(02/02/2015)</span></li>
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
