<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Nâng cao năng lực lãnh đạo, sức chiến đầu của tổ chức đảng và chất lượng cán bộ, đảng viên - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2016-8-30/Nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chkc89ib.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chkc89ib.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x06374EA67797996D8B2833A7F888DED5613EAD6B">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c0c5d5751a04096182860b4144">
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
    <p class="tandan-p-article-news-title">Nâng cao năng lực lãnh đạo, sức chiến đầu của tổ chức đảng và chất lượng cán bộ, đảng viên</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 30/08/2016 15:49</span> | <span class="tandan-span-view-count">Lượt xem: 742</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Nhằm thực hiện tốt Chương trình số 01-CTr/TU ngày 26/4/2016 về &quot;Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng và chất lượng đội ngũ cán bộ, đảng viên trong toàn Đảng bộ; tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XI tạo sự chuyển biến mạnh về công tác xây dựng, chỉnh đốn Đảng, xây dựng hệ thống chính trị các cấp thật sự trong sạch, vững mạnh giai đoạn 2016-2020, Ban Chỉ đạo Chương trình 01 của Thành ủy Hà Nội ban hành Kế hoạch số 06-KH/BCĐ về tổ chức thực hiện Chương trình 01-CTr/TU của Thành ủy.</p>
<p>Theo đó, Ban Chỉ đạo Chương trình 01 yêu cầu các tổ chức đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị xã hội và đội ngũ cán bộ đảng viên, đoàn viên, hội viên nghiên cứu, quán triệt mục tiêu, yêu cầu, nhiệm vụ trọng tâm của Chương trình để tiếp tục đẩy mạnh công tác xây dựng, chỉnh đốn Đảng, xây dựng hệ thống chính trị các cấp của Thành ủy với yêu cầu và chất lượng ngày càng cao.</p>
<p>Gắn nhiệm vụ triển khai thực hiện Chương trình với quá trình tổ chức thực hiện Nghị quyết Đại hội XII của Đảng, Nghị quyết Đại hội lần thứ XVI Đảng bộ Thành phố để nâng cao năng lực lãnh đạo, sức chiến đấu của các cấp ủy đảng và chất lượng đội ngũ đảng viên, ngăn chặn và đẩy lùi biểu hiện suy thoái về tư tưởng về chính trị, đạo đức, lối sống trong Đảng; nâng cao năng lực quản lý, điều hành của bộ máy chính quyền, chất lượng hoạt động của Mặt trận Tổ quốc, các tổ chức chính trị-xã hội các cấp giai đoạn 2016-2020.</p>
<p>Căn cứ Chương trình của Thành ủy và tình hình thực tiễn của địa phương, đơn vị, các cấp, các ngành từ Thành phố tới cơ sở, vận dụng, xây dựng Kế hoạch triển khai thực hiện cụ thể, phù hợp với địa phương, đơn vị mình. Xác định rõ nhiệm vụ trọng tâm, những khâu đột phá và giải pháp chủ yếu, phân công tổ chức, cá nhân chịu trách nhiệm chỉ đạo, đôn đốc, kiểm tra tổ chức thực hiện Chương trình.</p>
<p>Các quận, huyện, thị ủy; đảng ủy trực thuộc Thành phố; các sở, ban, ngành, MTTQ và các tổ chức chính trị-xã hội Thành phố phổ biến, quán triệt nội dung, Kế hoạch thực hiện Chương trình gắn với việc tiếp tục quán triệt và triển khai thực hiện Nghị quyết Đại hội toàn quốc lần thứ XII của Đảng, Nghị quyết Đại hội XVI Đảng bộ Thành phố và Nghị quyết Đại hội Đảng các cấp đến cán bộ lãnh đạo, quản lý ở cấp mình, sau đó tiếp tục triển khai đến cán bộ, đảng viên, đoàn viên, hội viên ở cơ sở trực thuộc (hoàn thành trong Quý III/2016). Đồng thời, các quận, huyện, thị ủy và đảng ủy trực thuộc Thành ủy và cấp trưởng các sở, ban, ngành, MTTQ và tổ chức chính trị-xã hội Thành phố chịu trách nhiệm thực hiện Chương trình ở địa phương, đơn vị mình./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2016-8-30/Nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chkc89ib.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=N%C3%A2ng%20cao%20n%C4%83ng%20l%E1%BB%B1c%20l%C3%A3nh%20%C4%91%E1%BA%A1o%2C%20s%E1%BB%A9c%20chi%E1%BA%BFn%20%C4%91%E1%BA%A7u%20c%E1%BB%A7a%20t%E1%BB%95%20ch%E1%BB%A9c%20%C4%91%E1%BA%A3ng%20v%C3%A0%20ch%E1%BA%A5t%20l%C6%B0%E1%BB%A3ng%20c%C3%A1n%20b%E1%BB%99%2C%20%C4%91%E1%BA%A3ng%20vi%C3%AAn&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2016-8-30/Nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chkc89ib.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2016-7-20/Tuyen-truyen-ky-niem-70-nam-Ngay-truyen-thong-luc-l42imy.aspx">Tuyên truyền kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô Hà Nội</a> <span class="ngay">(20/07/2016)</span></li>
      <li><a href="/portal/Pages/2016-6-8/Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx">Tuyên truyền thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế</a> <span class="ngay">(08/06/2016)</span></li>
      <li><a href="/portal/Pages/2016-4-19/Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx">Triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ</a> <span class="ngay">(19/04/2016)</span></li>
      <li><a href="/portal/Pages/2015-4-22/Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx">Trao quà cho 3 đoàn viên tổ Công đoàn Trung tâm Giao dịch CNTT&amp;TT</a> <span class="ngay">(22/04/2015)</span></li>
      <li><a href="/portal/Pages/2015-4-16/Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx">Kế hoạch Học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2015</a> <span class="ngay">(16/04/2015)</span></li>
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
