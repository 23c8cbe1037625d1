<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tuyên truyền, chào mừng kỷ niệm 59 năm Ngày Giải phóng Thủ đô - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Nhằm giáo dục sâu rộng ý nghĩa lịch sử và giá trị to lớn của sự kiện giải phóng Thủ đô, truyền thống đấu tranh anh dũng của Đảng bộ, quân và dân Thủ đô trong 2 cuộc kháng chiến chống thực dân, đế quốc và trong sự nghiệp xây dựng, bảo vệ Tổ quốc, Ban Tuyên giáo Đảng ủy khối các cơ quan Thành phố hướng dẫn tuyên truyền chào mừng kỷ niệm 59 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2013).">
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2013-10-1/Tuyen-truyen-chao-mung-ky-niem-59-nam-Ngay-Giai-phjxxwvw.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Tuyen-truyen-chao-mung-ky-niem-59-nam-Ngay-Giai-phjxxwvw.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x320BDF9B1259371209D3AA54D202814D46A3E26C">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c04574d6b090bc1ccc0d21e0a4">
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
    <p class="tandan-p-article-news-title">Tuyên truyền, chào mừng kỷ niệm 59 năm Ngày Giải phóng Thủ đô</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 01/10/2013 07:25</span> | <span class="tandan-span-view-count">Lượt xem: 870</span></div>
    <p class="tandan-p-article-news-summary">Nhằm giáo dục sâu rộng ý nghĩa lịch sử và giá trị to lớn của sự kiện giải phóng Thủ đô, truyền thống đấu tranh anh dũng của Đảng bộ, quân và dân Thủ đô trong 2 cuộc kháng chiến chống thực dân, đế quốc và trong sự nghiệp xây dựng, bảo vệ Tổ quốc, Ban Tuyên giáo Đảng ủy khối các cơ quan Thành phố hướng dẫn tuyên truyền chào mừng kỷ niệm 59 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2013).</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Các hoạt động tuyên truyền tập trung vào 3 nội dung chính sau:</p>
<p>Một là, ý nghĩa lịch sử và giá trị to lớn của sự kiện giải phóng Thủ đô, truyền thống đấu tranh anh dũng, những đóng góp to lớn của Đảng bộ và nhân dân Hà Nội trong cuộc kháng chiến chống thực dân, đế quốc, trong sự nghiệp xây dựng và bảo vệ Tổ quốc Xã hội chủ nghĩa, nhất là những thành tựu to lớn của Thủ đô sau gần 30 năm thực hiện sự nghiệp đổi mới và những kết quả đạt được sau 5 năm thực hiện mở rộng địa giới hành chính Hà Nội theo Nghị quyết 15 của Quốc hội (khóa XII).</p>
<p>Hai là, tuyên truyền về kết quả phong trào thi đua và biểu dương các gương &quot;Người tốt-việc tốt&quot;, điển hình tiên tiến trong học tập và làm theo tấm gương đạo đức Hồ Chí Minh cũng như trong các phong trào thi đua yêu nước của Thành phố năm 2013.</p>
<p>Ba là, tuyên truyền kết quả thực hiện các chỉ tiêu kinh tế-xã hội Thủ đô 9 tháng năm 2013, các giải pháp nhằm kiềm chế lạm phát, ổn định kinh tế vĩ mô, đảm bảo an sinh xã hội theo Nghị quyết 11-NQ/CP của Chính phủ, góp phần thực hiện thắng lợi nhiệm vụ chính trị, kinh tế-xã hội cả năm 2013. Tuyên truyền về các chương trình, kế hoạch công tác triển khai thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XI và Nghị quyết Đại hội Đảng bộ Thành phố Hà Nội lần thứ XV và Nghị quyết Đại hội Đảng bộ Khối các cơ quan Thành phố Hà Nội lần thứ XI.</p>
<p>Đảng ủy Khối yêu cầu cấp ủy các chi, đảng bộ cơ sở căn cứ vào điều kiện cụ thể của từng đơn vị phối hợp với lãnh đạo cơ quan, đơn vị tổ chức hoạt động kỷ niệm, tuyên truyền sâu rộng trong cán bộ, đảng viên, công chức, viên chức và người lao động.</p>
<p>Cấp ủy Sở Văn hóa Thể thao và Du lịch, Sở Thông tin và Truyền thông phối hợp với lãnh đạo cơ quan, đơn vị chỉ đạo các đơn vị trong hệ thống tổ chức tốt công tác tuyên truyền, cổ động trực quan và các hoạt động văn hóa-văn nghệ, thể dục-thể thao chào mừng kỷ niệm 59 năm Ngày Giải phóng Thủ đô; chỉ đạo cơ quan báo chí, đài phát thanh các quận, huyện, thị xã và hệ thống đài truyền thanh xã, phường, thị trấn đưa thông tin kịp thời, đúng định hướng, tăng cường tuyên truyền về kỷ niệm Ngày Giải phóng Thủ đô và các gương điển hình tiên tiến trong phong trào thi đua yêu nước.</p>
<p>Một số khẩu hiệu tuyên truyền:</p>
<p>1. Nhiệt liệt chào mừng kỷ niệm 59 năm Ngày giải phóng Thủ đô (10/10/1954-10/10-2013).</p>
<p>2. Đảng bộ và nhân dân Thủ đô ra sức thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ Thành phố lần thứ XV và Nghị quyết Đại hội lần thứ XI của Đảng.</p>
<p>3. Toàn Đảng, toàn dân, toàn quân quyết tâm thực hiện thắng lợi chương trình phát triển kinh tế-xã hội 2013!</p>
<p>4. Tiếp tục đẩy mạnh toàn diện công cuộc đổi mới, xây dựng thành công và bảo vệ vững chắc Tổ quốc Việt Nam Xã hội chủ nghĩa!</p>
<p>5. Đảng bộ và nhân dân Thủ đô đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh!</p>
<p>6. Phát huy truyền thống Thăng Long-Hà Nội ngàn năm văn hiến và anh hùng, Đảng bộ và nhân dân Hà Nội quyết tâm xây dựng Thủ đô giàu đẹp, văn mình, hiện đại!</p>
<p>7. Ra sức đẩy mạnh các phong trào thi đua yêu nước, &quot;người tốt-việc tốt&quot;, xây dựng Thủ đô ngày càng giàu đẹp, văn minh, hiện đại!</p>
<p>8. Cán bộ và nhân dân Thủ đô đoàn kết xây dựng đời sống văn hóa, xây dựng Người Hà Nội thanh lịch, văn minh!</p>
<p>9. Chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh là nền tảng tư tưởng và kim chỉ nam cho mọi hành động của Đảng Cộng sản Việt Nam!</p>
<p>10. Đảng Cộng sản Việt Nam quang vinh muôn năm!</p>
<p>11. Nước Cộng hòa Xã hội chủ nghĩa Việt Nam muôn năm!</p>
<p>12. Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!</p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2013-10-1/Tuyen-truyen-chao-mung-ky-niem-59-nam-Ngay-Giai-phjxxwvw.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Tuy%C3%AAn%20truy%E1%BB%81n%2C%20ch%C3%A0o%20m%E1%BB%ABng%20k%E1%BB%B7%20ni%E1%BB%87m%2059%20n%C4%83m%20Ng%C3%A0y%20Gi%E1%BA%A3i%20ph%C3%B3ng%20Th%E1%BB%A7%20%C4%91%C3%B4&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2013-10-1/Tuyen-truyen-chao-mung-ky-niem-59-nam-Ngay-Giai-phjxxwvw.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2013-9-20/Hoi-nghi-Cong-bo-Quyet-dinh-chuan-y-UVTV-Pho-Bi-thw1f34f.aspx">Hội nghị Công bố Quyết định chuẩn y UVTV, Phó Bí thư Đảng ủy cơ quan Sở Thông tin và Truyền thông và quán triệt Nghị quyết Trung ương 7 (khóa XI)</a> <span class="ngay">(20/09/2013)</span></li>
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
