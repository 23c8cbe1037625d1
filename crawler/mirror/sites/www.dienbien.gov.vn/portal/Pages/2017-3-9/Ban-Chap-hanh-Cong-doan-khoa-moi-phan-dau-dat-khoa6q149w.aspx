<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Ban Chấp hành Công đoàn khóa mới phấn đấu đạt khoảng 30% cán bộ nữ tham gia - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2017-3-9/Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xF7F413B706F77299C67CE4E5731D27EB4394647F">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c05ebc935359195f1821c8e799">
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
    <p class="tandan-p-article-news-title">Ban Chấp hành Công đoàn khóa mới phấn đấu đạt khoảng 30% cán bộ nữ tham gia</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 09/03/2017 15:10</span> | <span class="tandan-span-view-count">Lượt xem: 2.320</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Để Đại hội Tổ công đoàn cơ sở tiến tới Đại hội công đoàn Sở Thông tin và Truyền thông nhiệm kỳ 201 7 - 202 2 được tổ chức thành công tốt đẹp, ngày 15/2/2017, Đảng ủy Sở ban hành Nghị quyết yêu cầu cấp ủy các chi bộ, Thủ trưởng các phòng, đơn vị thuộc Sở, Ban chấp hành Công đoàn Sở triển khai thực hiện một số nhiệm vụ. Trong đó, phấn đấu Ban Chấp hành Công đoàn khóa mới đạt khoảng 30% cán bộ nữ tham gia.</p>
<p>Theo đó, cấp ủy các chi bộ có trách nhiệm thống nhất với Thủ trưởng đơn vị, lãnh đạo, chỉ đạo Tổ công đoàn cơ sở chuẩn bị tốt các nội dung đại hội, đảm bảo chất lượng và tiến độ; tạo mọi điều kiện thuận lợi để đại hội Tổ công đoàn cơ sở của đơn vị thành công tốt đẹp.</p>
<p>Bên cạnh đó, xem xét, thống nhất về đề án nhân sự và phương án nhân sự cụ thể Tổ trưởng công đoàn của các Tổ Công đoàn cơ sở nhiệm kỳ 2017 - 2022. Sau khi có ý kiến thống nhất của cấp ủy các chi bộ, Ban Thường Vụ Đảng ủy Sở mới xem xét để tiến hành đại hội. Lưu ý, việc giới thiệu, lựa chọn công tác nhân sự Đại hội Công đoàn phải bảo đảm đúng nguyên tắc, quy trình theo quy định của Đảng, pháp luật của Nhà nước và Điều lệ Công đoàn Việt Nam. Ban Chấp hành Công đoàn khóa mới phải đảm bảo đủ tiêu chuẩn, đáp ứng yêu cầu, nhiệm vụ trong tình hình mới, thật sự tiêu biểu về phẩm chất, năng lực, uy tín, trưởng thành từ thực tiễn trong phong trào hoạt động công đoàn; có số lượng, cơ cấu hợp lý, bảo đảm tính kế thừa và phát triển, phấn đấu đạt khoảng 30% cán bộ nữa tham gia.</p>
<p>Ban chấp hành Công đoàn Sở xây dựng kế hoạch chỉ đạo, hướng dẫn, theo dõi sát sao đại hội các Tổ công đoàn cơ sở, thường xuyên báo cáo Thường trực Đảng ủy Sở để kịp thời tổng hợp tình hình và chỉ đạo giải quyết những vấn đề nảy sinh. Đồng thời, chuẩn bị tốt các nội dung tổ chức Đại hội Công đoàn Sở nhiệm kỳ 2017 - 2022, đặc biệt là phương án nhân sự Ban chấp hành nhiệm kỳ mới để trình Đảng ủy Sở xem xét, chỉ đạo. Đại hội Công đoàn Sở tổ chức trong Quý III/2017.</p>
<p>Đảng ủy đề nghị cấp ủy các chi bộ và Thủ trưởng đơn vị cần quan tâm chỉ đạo, ủng hộ các hoạt động phong trào của công đoàn trong dịp tổ chức đại hội cũng như dịp chào mừng các ngày lễ, kỷ niệm của đất nước, Thủ đô, của ngành và của công đoàn. Trước mắt chỉ đạo để các Tổ công đoàn cơ sở có các hoạt động thiết thực chào mừng kỷ niệm 88 năm ngày thành lập Công đoàn Việt Nam (28/7/1929 – 28/7/2017)./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2017-3-9/Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Ban%20Ch%E1%BA%A5p%20h%C3%A0nh%20C%C3%B4ng%20%C4%91o%C3%A0n%20kh%C3%B3a%20m%E1%BB%9Bi%20ph%E1%BA%A5n%20%C4%91%E1%BA%A5u%20%C4%91%E1%BA%A1t%20kho%E1%BA%A3ng%2030%25%20c%C3%A1n%20b%E1%BB%99%20n%E1%BB%AF%20tham%20gia&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2017-3-9/Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2017-1-11/Tang-cuong-su-lanh-dao-cua-Dang-voi-cuoc-van-dong-1og6rx.aspx">Tăng cường sự lãnh đạo của Đảng với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”</a> <span class="ngay">(11/01/2017)</span></li>
      <li><a href="/portal/Pages/2016-12-26/Chi-bo-Cong-nghe-thong-tin-to-chuc-le-ket-nap-dang2esdba.aspx">Chi bộ Công nghệ thông tin tổ chức lễ kết nạp đảng viên mới</a> <span class="ngay">(26/12/2016)</span></li>
      <li><a href="/portal/Pages/2016-12-26/Tang-cuong-vai-tro-neu-guong-cua-can-bo-dang-vienmsh0uo.aspx">Tăng cường vai trò nêu gương của cán bộ, đảng viên</a> <span class="ngay">(26/12/2016)</span></li>
      <li><a href="/portal/Pages/2016-10-7/Huong-dan-ve-to-chuc-cac-hoat-dong-cua-Cong-tac-viewfxeu.aspx">Hướng dẫn về tổ chức các hoạt động của Cộng tác viên dư luận xã hội</a> <span class="ngay">(07/10/2016)</span></li>
      <li><a href="/portal/Pages/2016-9-12/Day-manh-tuyen-truyen-thuc-hien-cong-tac-dam-bao-tdmuo2k.aspx">Đẩy mạnh tuyên truyền thực hiện công tác đảm bảo trật tự văn minh đô thị trên địa bàn Thủ đô</a> <span class="ngay">(12/09/2016)</span></li>
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
