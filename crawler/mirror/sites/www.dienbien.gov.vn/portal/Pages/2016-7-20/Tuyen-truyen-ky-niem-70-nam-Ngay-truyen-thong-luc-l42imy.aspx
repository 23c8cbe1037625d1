<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tuyên truyền kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô Hà Nội - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Ngày 12/7/2016, Đảng ủy Khối các cơ quan Thành phố ban hành Hướng dẫn tuyên truyền kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô Hà Nội (19/10/1946 - 19/10/2016).">
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2016-7-20/Tuyen-truyen-ky-niem-70-nam-Ngay-truyen-thong-luc-l42imy.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Tuyen-truyen-ky-niem-70-nam-Ngay-truyen-thong-luc-l42imy.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x10D9CBAE0EDD2AF2DEBB62BA5C1B8119B9A0CDB6">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c0cf2ea2dfaf2e9963663ef7f3">
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
    <p class="tandan-p-article-news-title">Tuyên truyền kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô Hà Nội</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 20/07/2016 09:25</span> | <span class="tandan-span-view-count">Lượt xem: 2.393</span></div>
    <p class="tandan-p-article-news-summary">Ngày 12/7/2016, Đảng ủy Khối các cơ quan Thành phố ban hành Hướng dẫn tuyên truyền kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô Hà Nội (19/10/1946 - 19/10/2016).</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Với mục đích nhằm tuyên truyền, giáo dục sâu rộng trong cán bộ, đảng viên, công chức, viên chức và người lao động trong toàn Đảng bộ Khối về truyền thống vẻ vang 70 năm xây dựng, chiến đấu và trưởng thành của lực lượng vũ trang (LLVT) Thủ đô Hà Nội; khẳng định sự lãnh đạo đúng đắn, sáng suốt của Đảng và Chủ tịch Hồ Chí Minh trong sự nghiệp xây dựng và bảo vệ Tổ quốc Việt Nam xã hội chủ nghĩa; củng cố niềm tin, phát huy trách nhiệm của cán bộ, đảng viên, công chức, viên chức và người lao động truyền thống anh hùng LLVT nhân dân, truyền thống &quot;Quyết tử để Tổ quốc quyết sinh&quot;, xây dựng LLVT Thủ đô Hà Nội vững mạnh toàn diện, hoàn thành xuất sắc mọi nhiệm vụ được giao, đáp ứng yêu cầu xây dựng và bảo vệ Tổ quốc.</p>
<p>Công tác tuyên truyền hướng vào các nội dung:</p>
<p>Quá trình xây dựng, chiến đấu và trưởng thành của LLVT Thủ đô trong 70 năm qua; những thuận lợi, khó khăn, thời cơ, thách thức và những nhiệm vụ trong lĩnh vực bảo vệ Tổ quốc trong thời kỳ đẩy mạnh công nghiệp hoá, hiện đại hoá và hội nhập quốc tế của Thủ đô, đất nước.</p>
<p>Quán triệt sâu sắc những quan điểm, chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về bảo vệ Tổ quốc; xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân; sự phối hợp chặt chẽ giữa Quân đội nhân dân với Công an nhân dân, sự gắn bó máu thịt giữa LLVT với nhân dân tạo thành sức mạnh tổng hợp thực hiện thắng lợi nhiệm vụ bảo vệ Tổ quốc, bảo đảm trật tự an toàn xã hội của Thủ đô và đất nước.</p>
<p>Tuyên truyền về những thành tích, chiến công, gương chiến đấu dũng cảm của cán bộ, chiến sỹ LLVT Thủ đô trong đấu tranh giải phóng dân tộc, xây dựng và bảo vệ Tổ quốc, những gương người tốt, việc tốt trong các phong trào thi đua xây dựng và bảo vệ Tổ quốc; vận động cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên trong toàn Đảng bộ Khối tích cực tham gia Cuộc thi tìm hiểu &quot;Lịch sử và truyền thống 70 năm xây dựng, chiến đấu, trưởng thành của lực lượng vũ trang Thủ đô Hà Nội&quot;.</p>
<p>Tuyên truyền nâng cao tinh thần cảnh giác cách mạng, trách nhiệm của cấp ủy các TCCS Đảng trong sự nghiệp bảo vệ Tổ quốc, bảo đảm an ninh chính trị, trật tự an toàn xã hội.</p>
<p>Chủ động, tích cực đấu tranh phản bác các quan điểm sai trái, xuyên tạc của các thế lực thù địch nhằm phi chính trị hóa LLVT nói chung và quân đội nói riêng hòng xóa bỏ sự lãnh đạo của Đảng đối với LLVT, chia rẽ mối quan hệ gắn bó máu thịt giữa LLVT với nhân dân.</p>
<p>Đảng ủy Khối các cơ quan Thành phố yêu cầu cấp ủy các Tổ chức cơ sở đảng căn cứ điều kiện thực tiễn để tổ chức các hoạt động kỷ niệm phù hợp như: tọa đàm, gặp mặt tri ân, giao lưu nhân chứng lịch sử, cá nhân tiêu biểu, các hoạt động văn hóa, văn nghệ, thể thao, triển lãm,... với chủ đề kỷ niệm 70 năm Ngày truyền thống LLVT Thủ đô Hà Nội. Chỉ đạo các đoàn thể cơ quan và cán bộ, đảng viên tham gia Cuộc thi tìm hiểu &quot;Lịch sử và truyền thống 70 năm xây dựng, chiến đấu, trưởng thành của lực lượng vũ trang Thủ đô Hà Nội&quot; do Bộ Tư lệnh Thủ đô Hà Nội chủ trì phối hợp tổ chức. Đẩy mạnh hoạt động tuyên truyền trên các phương tiện thông tin đại chúng, thông qua các buổi sinh hoạt chi bộ, sinh hoạt chuyên đề, các bài viết, hình ảnh tư liệu trên trang thông tin điện tử của cơ quan, đơn vị.</p>
<p>MỘT SỐ KHẨU HIỆU TUYÊN TRUYỀN</p>
<p>1. Nhiệt liệt chào mừng kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô (19/10/1946 - 19/10/2016)!</p>
<p>2. Phát huy truyền thống 70 năm xây dựng, chiến đấu, trưởng thành, cán bộ, chiến sĩ lực lượng vũ trang Thủ đô quyết tâm hoàn thành xuất sắc nhiệm vụ!</p>
<p>3. Kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô, cán bộ, chiến sỹ thi đua làm nhiều việc tốt phục vụ nhân dân!</p>
<p>4. Lực lượng vũ trang Thủ đô quyết tâm thực hiện thắng lợi mục tiêu xây dựng và bảo vệ vững chắc Tổ quốc Việt Nam xã hội chủ nghĩa!</p>
<p>5. Lực lượng vũ trang Thủ đô đẩy mạnh các phong trào thi đua xây dựng và bảo vệ Tổ quốc, xây dựng Thủ đô giàu đẹp, văn minh!</p>
<p>6. Lực lượng vũ trang Thủ đô nguyện hết lòng, hết sức phụng sự Tổ quốc, phục vụ nhân dân!</p>
<p>7. Đẩy mạnh các phong trào thi đua thực hiện thắng lợi mục tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2016!</p>
<p>8. Đảng Cộng sản Việt Nam quang vinh muôn năm!</p>
<p>9. Nước Cộng hòa xã hội chủ nghĩa Việt Nam muôn năm!</p>
<p>10. Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2016-7-20/Tuyen-truyen-ky-niem-70-nam-Ngay-truyen-thong-luc-l42imy.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Tuy%C3%AAn%20truy%E1%BB%81n%20k%E1%BB%B7%20ni%E1%BB%87m%2070%20n%C4%83m%20Ng%C3%A0y%20truy%E1%BB%81n%20th%E1%BB%91ng%20l%E1%BB%B1c%20l%C6%B0%E1%BB%A3ng%20v%C5%A9%20trang%20Th%E1%BB%A7%20%C4%91%C3%B4%20H%C3%A0%20N%E1%BB%99i&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2016-7-20/Tuyen-truyen-ky-niem-70-nam-Ngay-truyen-thong-luc-l42imy.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2016-6-8/Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx">Tuyên truyền thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế</a> <span class="ngay">(08/06/2016)</span></li>
      <li><a href="/portal/Pages/2016-4-19/Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx">Triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ</a> <span class="ngay">(19/04/2016)</span></li>
      <li><a href="/portal/Pages/2015-4-22/Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx">Trao quà cho 3 đoàn viên tổ Công đoàn Trung tâm Giao dịch CNTT&amp;TT</a> <span class="ngay">(22/04/2015)</span></li>
      <li><a href="/portal/Pages/2015-4-16/Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx">Kế hoạch Học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2015</a> <span class="ngay">(16/04/2015)</span></li>
      <li><a href="/portal/Pages/2015-3-23/Chung-ket-Giai-bong-da-Nganh-TTTT-Ha-Noi-mo-rong-lzwvbgg.aspx">Chung kết Giải bóng đá Ngành TT&amp;TT Hà Nội mở rộng lần thứ II: VNPT Hà Nội gặp Viettel Chi nhánh Hà Nội</a> <span class="ngay">(23/03/2015)</span></li>
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
