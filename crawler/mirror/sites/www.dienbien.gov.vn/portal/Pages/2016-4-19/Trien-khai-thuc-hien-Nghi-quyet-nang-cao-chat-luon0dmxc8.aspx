<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Nhằm nâng cao nhận thức, trách nhiệm của cấp ủy và đảng viên trong toàn Đảng bộ về vị trí, vai trò, ý nghĩa quan trọng của việc nâng cao chất lượng chi bộ, tạo chuyển biến mạnh mẽ trong công tác xây dựng Đảng, ngày 6/4/2016, Đảng ủy khối các cơ quan Thành phố ban hành Kế hoạch số 18-KH/ĐUK về triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2016-2020.">
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2016-4-19/Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x3517525437893D4C3FB7D953C25146F6902917D8">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c01c61421d7faab55fc27f15db">
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
    <p class="tandan-p-article-news-title">Triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 19/04/2016 10:40</span> | <span class="tandan-span-view-count">Lượt xem: 4.909</span></div>
    <p class="tandan-p-article-news-summary">Nhằm nâng cao nhận thức, trách nhiệm của cấp ủy và đảng viên trong toàn Đảng bộ về vị trí, vai trò, ý nghĩa quan trọng của việc nâng cao chất lượng chi bộ, tạo chuyển biến mạnh mẽ trong công tác xây dựng Đảng, ngày 6/4/2016, Đảng ủy khối các cơ quan Thành phố ban hành Kế hoạch số 18-KH/ĐUK về triển khai thực hiện Nghị quyết nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2016-2020.</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Đảng ủy Khối yêu cầu cấp ủy cơ sở thực hiện một số nội dung sau&quot;</p>
<p>Một là, xây dựng kế hoạch triển khai thực hiện nghị quyết nâng cao chất lượng sinh hoạt chi bộ của Đảng bộ Khối các cơ quan Thành phố giai đoạn 2015-2020 đến các chi bộ trực thuộc. Chỉ đạo, hướng dẫn các chi bộ xây dựng các biện pháp cụ thể để tổ chức thực hiện Nghị quyết chuyên đề về nâng cao chất lượng sinh hoạt chi bộ, đồng thời, rà soát, xây dựng, hoàn thiện quy chế làm việc của chi bộ, xác định rõ trách nhiệm của cấp ủy, đồng chí Bí thư cấp ủy trong việc nâng cao chất lượng sinh hoạt chi bộ.</p>
<p>Hai là, lựa chọn từ một đến hai chi bộ đã duy trì nề nếp sinh hoạt chuyên đề, có những sáng tạo trong việc đổi mới, nâng cao chất lượng sinh hoạt chi bộ để làm điểm, phổ biến kinh nghiệm, triển khai trong toàn Đảng bộ.</p>
<p>Ba là, nâng cao chất lượng sinh hoạt Đảng ủy, duy trì nề nếp sinh hoạt, ban hành nghị quyết lãnh đạo thực hiện nhiệm vụ trọng tâm hàng tháng, chỉ đạo, hướng dẫn nội dung sinh hoạt tại các chi bộ trực thuộc, theo dõi lịch sinh hoạt và việc tổ chức sinh hoạt tại các chi bộ, phân công các đồng chí đảng ủy viên dự sinh hoạt chi bộ.</p>
<p>Bốn là, triển khai thực hiện nghiêm túc công tác kiểm tra, giám sát và tự kiểm tra, giám sát về chất lượng sinh hoạt chi bộ. Lưu ý mỗi chi bộ phải được kiểm tra mỗi năm ít nhất 1 lần. Tổng kết hàng năm của Đảng bộ có nội dung kiểm tra, đánh giá về việc duy trì nền nếp sinh hoạt và thực hiện nghị quyết về nâng cao chất lượng sinh hoạt chi bộ./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2016-4-19/Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Tri%E1%BB%83n%20khai%20th%E1%BB%B1c%20hi%E1%BB%87n%20Ngh%E1%BB%8B%20quy%E1%BA%BFt%20n%C3%A2ng%20cao%20ch%E1%BA%A5t%20l%C6%B0%E1%BB%A3ng%20sinh%20ho%E1%BA%A1t%20chi%20b%E1%BB%99&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2016-4-19/Trien-khai-thuc-hien-Nghi-quyet-nang-cao-chat-luon0dmxc8.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2015-4-22/Trao-qua-cho-3-doan-vien-to-Cong-doan-Trung-tam-Giqgvtu4.aspx">Trao quà cho 3 đoàn viên tổ Công đoàn Trung tâm Giao dịch CNTT&amp;TT</a> <span class="ngay">(22/04/2015)</span></li>
      <li><a href="/portal/Pages/2015-4-16/Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx">Kế hoạch Học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2015</a> <span class="ngay">(16/04/2015)</span></li>
      <li><a href="/portal/Pages/2015-3-23/Chung-ket-Giai-bong-da-Nganh-TTTT-Ha-Noi-mo-rong-lzwvbgg.aspx">Chung kết Giải bóng đá Ngành TT&amp;TT Hà Nội mở rộng lần thứ II: VNPT Hà Nội gặp Viettel Chi nhánh Hà Nội</a> <span class="ngay">(23/03/2015)</span></li>
      <li><a href="/portal/Pages/2015-2-2/Hoi-nghi-Cong-chuc-Vien-chuc-So-Thong-tin-va-Truyeqtjm74.aspx">Hội nghị Công chức, Viên chức Sở Thông tin và Truyền thông năm 2015</a> <span class="ngay">(02/02/2015)</span></li>
      <li><a href="/portal/Pages/2014-9-24/Doan-Thanh-nien-So-TTTT-tham-gia-hien-mau-tinh-ngumql45m.aspx">Đoàn Thanh niên Sở TT&amp;TT tham gia hiến máu tình nguyện</a> <span class="ngay">(24/09/2014)</span></li>
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
