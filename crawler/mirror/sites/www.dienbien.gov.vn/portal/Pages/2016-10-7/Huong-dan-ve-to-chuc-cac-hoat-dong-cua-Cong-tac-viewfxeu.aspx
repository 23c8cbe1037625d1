<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hướng dẫn về tổ chức các hoạt động của Cộng tác viên dư luận xã hội - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2016-10-7/Huong-dan-ve-to-chuc-cac-hoat-dong-cua-Cong-tac-viewfxeu.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Huong-dan-ve-to-chuc-cac-hoat-dong-cua-Cong-tac-viewfxeu.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x7E9CD90E8969737BCE536803383B9FD54B4C2CFB">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c084349ed17613e978e5eac8ee">
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
    <p class="tandan-p-article-news-title">Hướng dẫn về tổ chức các hoạt động của Cộng tác viên dư luận xã hội</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 07/10/2016 16:49</span> | <span class="tandan-span-view-count">Lượt xem: 246</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Trước yêu cầu của sự nghiệp đổi mới đất nước, hoạt động điều tra, tổng hợp, nghiên cứu và định hướng dư luận xã hội được xem là một kênh thông tin quan trọng nhằm giúp các cấp lãnh đạo nắm được tâm tư, nguyện vọng của cán bộ, đảng viên, công chức, viên chức, người lao động trong quá trình triển khai các chủ trương, chính sách của Đảng và pháp luật của Nhà nước. Để sớm đưa công tác nắm bắt dư luận xã hội trong Khối đi vào hoạt động có nền nếp, ngày 30/9/2016, Đảng ủy Khối các cơ quan Thành phố ban hành Hướng dẫn số 10-HD/ĐUK về tổ chức hoạt động của Cộng tác viên dư luận xã hội.</p>
<p style="text-align: center;"><img src="https://www.dienbien.gov.vn/portal/Photos/2016-10-07/4b2acf9936fe9021anh22.jpg" alt=""></p>
<p>Cộng tác viên dư luận xã hội có chức năng thu thập, thăm dò nắm bắt diễn biến tư tưởng của cán bộ, đảng viên, dư luận xã hội để tham mưu giúp lãnh đạo nắm tình hình dư luận xã hội, nghiên cứu, đề xuất những giải pháp xử lý, định hướng dư luận xã hội nhằm góp phần ổn định tình hình tư tưởng trong cơ quan, đơn vị và xã hội.</p>
<p>Nhận thức rõ tầm quan trọng của cộng tác viên dư luận xã hội, Đảng ủy Khối đã thành lập đội ngũ Cộng tác viên dư luận xã hội của Đảng bộ Khối gồm các đồng chí là cán bộ chuyên trách Ban Tuyên giáo Đảng ủy Khối; Chủ tịch Hội Cựu chiến binh Khối; các đồng chí cấp ủy, đảng viên của các tổ chức cơ sở đảng trực thuộc Đảng bộ Khối.</p>
<p>Theo đó, cộng tác viên nghiên cứu dư luận xã hội có nhiệm vụ: theo dõi, kịp thời nắm bắt và phản ánh khách quan, trung thực tình hình dư luận xã hội của cán bộ, đảng viên, công chức, viên chức, người lao động trong Khối (lĩnh vực công tác mình theo dõi hoặc phụ trách) đối với việc thực hiện các chủ trương, đường lối, chính sách của Đảng và pháp luật của Nhà nước. Tham gia các cuộc điều tra xã hội do Ban Tuyên giáo Đảng ủy Khối tổ chức để nắm bắt tâm tư, nguyện vọng trong cán bộ, đảng viên và các đối tượng quần chúng thuộc ngành, đơn vị mình. Qua đó, tham mưu giúp cho cấp ủy đảng và lãnh đạo cơ quan, đơn vị có biện pháp giải quyết đúng đắn và kịp thời công tác chính trị - tư tưởng trên lĩnh vực công tác và tổ chức cơ quan, đơn vị mình phụ trách.</p>
<p>Đội ngũ Cộng tác viên dư luận xã hội của Đảng ủy Khối tổ chức giao ban mỗi quý 1 lần dưới sự chủ trì của đồng chí lãnh đạo Ban Tuyên giáo Đảng ủy Khối. Khi có vấn đề đột xuất sẽ mời đại diện Thường trực Đảng ủy Khối tham dự, ngoài ra, có thể tổ chức họp giao ban bất thường nếu có yêu cầu.</p>
<p>Đảng ủy Khối yêu cầu cộng tác viên dư luận xã hội khi phản ánh tình hình dư luận xã phải trung thực và chịu trách nhiệm về ý kiến phát biểu của mình, phản ánh đúng nội dung dư luận, không được đưa ý kiến cá nhân thành dư luận xã hội.</p>
<p>Giao Ban Tuyên giáo Đảng ủy Khối cung cấp tài liệu nghiên cứu, chịu trách nhiệm tổ chức mở các lớp bồi dưỡng, tập huấn chuyên môn nghiệp vụ cho Cộng tác viên, tổ chức họp giao ban định kỳ để Cộng tác viên phản ánh tình hình, đồng thời định hướng dư luận xã hội./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="tandan-div-article-attach"><ul><li><a href="/portal/VanBan/2016-10/537c7ac131c894caHuong-dan-ve-to-chuc-cac-hoat-dong-cua-Cong-tac-vi.pdf" target="_blank">Huong-dan-ve-to-chuc-cac-hoat-dong-cua-Cong-tac-vi.pdf</a></li></ul></div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2016-10-7/Huong-dan-ve-to-chuc-cac-hoat-dong-cua-Cong-tac-viewfxeu.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=H%C6%B0%E1%BB%9Bng%20d%E1%BA%ABn%20v%E1%BB%81%20t%E1%BB%95%20ch%E1%BB%A9c%20c%C3%A1c%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng%20c%E1%BB%A7a%20C%E1%BB%99ng%20t%C3%A1c%20vi%C3%AAn%20d%C6%B0%20lu%E1%BA%ADn%20x%C3%A3%20h%E1%BB%99i&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2016-10-7/Huong-dan-ve-to-chuc-cac-hoat-dong-cua-Cong-tac-viewfxeu.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2016-9-12/Day-manh-tuyen-truyen-thuc-hien-cong-tac-dam-bao-tdmuo2k.aspx">Đẩy mạnh tuyên truyền thực hiện công tác đảm bảo trật tự văn minh đô thị trên địa bàn Thủ đô</a> <span class="ngay">(12/09/2016)</span></li>
      <li><a href="/portal/Pages/2016-8-30/Nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chkc89ib.aspx">Nâng cao năng lực lãnh đạo, sức chiến đầu của tổ chức đảng và chất lượng cán bộ, đảng viên</a> <span class="ngay">(30/08/2016)</span></li>
      <li><a href="/portal/Pages/2016-7-20/Tuyen-truyen-ky-niem-70-nam-Ngay-truyen-thong-luc-l42imy.aspx">Tuyên truyền kỷ niệm 70 năm Ngày truyền thống lực lượng vũ trang Thủ đô Hà Nội</a> <span class="ngay">(20/07/2016)</span></li>
      <li><a href="/portal/Pages/2016-6-8/Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx">Tuyên truyền thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế</a> <span class="ngay">(08/06/2016)</span></li>
      <li><a href="/portal/Pages/2016-4-19/Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx">Triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ</a> <span class="ngay">(19/04/2016)</span></li>
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
