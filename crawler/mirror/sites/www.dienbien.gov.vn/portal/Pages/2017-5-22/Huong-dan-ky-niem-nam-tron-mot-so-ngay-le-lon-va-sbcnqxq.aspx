<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018 - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2017-5-22/Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xA9007B99CA805900F403541FFE30C479F10C1463">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c08ef1b592ed94e2bcd7e64bf0">
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
    <p class="tandan-p-article-news-title">Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 22/05/2017 10:08</span> | <span class="tandan-span-view-count">Lượt xem: 2.893</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Nhằm giáo dục chính trị tư tưởng, lịch sử, truyền thống, lòng tự hào, tự tôn dân tộc và đạo lý “uống nước nhớ nguồn”, củng cố, bồi đắp niềm tin cho cán bộ, đảng viên và nhân dân Thủ đô nhất là thế hệ trẻ đối với Đảng và sự nghiệp đổi mới đất nước, Ban Tuyên giáo Thành ủy Hà Nội ban hành Hướng dẫn số 36-HD/BTGTU về việc kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018.</p>
<p style="text-align: center;"><img src="https://www.dienbien.gov.vn/portal/Photos/2017-05-22/db2756f2eac5c3afanh10.jpg" alt=""></p>
<p>Hướng dẫn nêu rõ một số ngày lễ lớn và sự kiện lịch sử quan trọng năm 2017 gồm: Kỷ niệm 70 năm Ngày Thương binh - Liệt sỹ; kỷ niệm 100 năm Cách mạng Tháng Mười Nga; kỷ niệm 100 năm Ngày sinh đồng chí Văn Tiến Dũng; kỷ niệm 70 năm tác phẩm “Sửa đổi lối làm việc”; kỷ niệm 70 năm tác phẩm “Đời sống mới”. Một số ngày lễ lớn và sự kiện lịch sử quan trọng năm 2018 gồm: Kỷ niệm 50 năm cuộc Tổng tiến công nổi dậy Xuân Mậu Thân 1968; kỷ niệm 170 năm ra đời tác phẩm “Tuyên ngôn Đảng Cộng sản”; kỷ niệm 130 năm Ngày sinh Chủ tịch nước Tôn Đức Thắng; kỷ niệm 110 năm Ngày sinh đồng chí Nguyễn Đức Cảnh; kỷ niệm 110 năm Ngày sinh đồng chí Ngô Gia Tự.</p>
<p>Ban Tuyên giáo Thành ủy ban hành hướng dẫn và phát hành đề cương tuyên truyền về kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017 - 2018; tuyên truyền trên bản tin “Thông tin nội bộ; chỉ đạo và đôn đốc công tác tuyên truyền, cổ động trên địa bàn thành phố và tham gia với các đơn vị liên quan chuẩn bị các điều kiện phục vụ các lễ kỷ niệm cấp quốc; tham mưu giúp Thường trực Thành ủy dự các hội thảo khoa học, tọa đàm các nội dung kỷ niệm do Trung ương, các tỉnh bạn tổ chức; chỉ đạo các hoạt động như: hội nghị báo cáo viên, tuyên truyền viên các cấp, giao lưu nghệ thuật, triển lãm, định hướng tuyên truyền báo chí, nắm bắt và định hướng dư luận xã hội...</p>
<p>Ban Tuyên giáo các quận ủy, huyện ủy, thị ủy, Đảng ủy Khối trực thuộc; Mặt trận Tổ quốc, các tổ chức chính trị - xã hội thành phố xây dựng và triển khai hướng dẫn tuyên truyền tới cán bộ, đảng viên, đoàn viên, hội viên, công nhân viên và các tầng lớp nhân dân trên địa bàn. Tham mưu cho cấp ủy tổ chức các hình thức kỷ niệm phù hợp gắn với việc thực hiện tốt Chỉ thị 05 của Bộ Chính trị (khóa XII) về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” và Nghị quyết Trung ương 4 (khóa XII) về “Tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ”; thực hiện 8 chương trình công tác của Ban Chấp hành Đảng bộ thành phố (khóa XVI) và các nhiệm vụ chính trị của địa phương, đơn vị. Biên soạn tài liệu tuyên truyền, giáo dục truyền thống về kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017 - 2018 ở địa phương, đơn vị mình; phối hợp với các ban, ngành biên soạn tài liệu phố biến, giới thiệu những điển hình nhân tố mới trong phong trào thi đua yêu nước thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm an ninh, quốc phòng, trật tự an toàn xã hội trên địa bàn. Phối hợp với các cơ quan, đơn vị liên quan tham mưu giúp cấp ủy chỉ đạo tổ chức việc nghiên cứu, sưu tầm, lưu giữ và công bố các tư liệu, nhân chứng liên quan đến các sự kiện lịch sử lớn của đất nước, địa phương, nhất là về một số ngày lễ lớn và sự kiện lịch sử quan trọng, các cuộc kháng chiến giải phóng dân tộc, bảo vệ Tổ quốc và sự nghiệp đổi mới đất nước vào dịp kỷ niệm các ngày lễ lớn trong hai năm 2017 - 2018 và những năm tiếp theo.</p>
<p>Sở Thông tin và Truyền thông Hà Nội có trách nhiệm chỉ đạo các báo, đài và bản tin Thành phố đưa tin, tuyên truyền kịp thời, đúng định hướng về các ngày lễ, kỷ niệm lớn; chỉ đạo đài phát thanh các quận, huyện, thị xã và hệ thống đài truyền thanh xã, phường, thị trấn tăng cường tuyên truyền về các ngày lễ, kỷ niệm lớn trong hai năm 2017-2018, các điển hình, nhân tố mới, hạn chế thông tin tiêu cực, xử lý nghiêm những trường hợp sai phạm trong thông tin không đúng tôn chỉ, mục đích, nội dung, định hướng…./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="tandan-div-article-attach"><ul><li><a href="/portal/VanBan/2017-05/d40863eba6a9e4ecHuong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-s.pdf" target="_blank">Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-s.pdf</a></li></ul></div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2017-5-22/Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=H%C6%B0%E1%BB%9Bng%20d%E1%BA%ABn%20k%E1%BB%B7%20ni%E1%BB%87m%20n%C4%83m%20tr%C3%B2n%20m%E1%BB%99t%20s%E1%BB%91%20ng%C3%A0y%20l%E1%BB%85%20l%E1%BB%9Bn%20v%C3%A0%20s%E1%BB%B1%20ki%E1%BB%87n%20l%E1%BB%8Bch%20s%E1%BB%AD%20quan%20tr%E1%BB%8Dng%20trong%20hai%20n%C4%83m%202017-2018&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2017-5-22/Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2017-5-11/Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx">Chi bộ Trung tâm Dữ liệu nhà nước tổ chức lễ kết nạp đảng viên</a> <span class="ngay">(11/05/2017)</span></li>
      <li><a href="/portal/Pages/2017-4-7/Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx">Nâng cao năng lực lãnh đạo của đội ngũ Bí thư chi bộ</a> <span class="ngay">(07/04/2017)</span></li>
      <li><a href="/portal/Pages/2017-3-9/Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx">Ban Chấp hành Công đoàn khóa mới phấn đấu đạt khoảng 30% cán bộ nữ tham gia</a> <span class="ngay">(09/03/2017)</span></li>
      <li><a href="/portal/Pages/2017-1-11/Tang-cuong-su-lanh-dao-cua-Dang-voi-cuoc-van-dong-1og6rx.aspx">Tăng cường sự lãnh đạo của Đảng với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”</a> <span class="ngay">(11/01/2017)</span></li>
      <li><a href="/portal/Pages/2016-12-26/Chi-bo-Cong-nghe-thong-tin-to-chuc-le-ket-nap-dang2esdba.aspx">Chi bộ Công nghệ thông tin tổ chức lễ kết nạp đảng viên mới</a> <span class="ngay">(26/12/2016)</span></li>
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
