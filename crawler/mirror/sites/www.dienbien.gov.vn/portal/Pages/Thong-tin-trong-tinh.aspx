<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Thông tin trong tỉnh - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/Thong-tin-trong-tinh.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Thong-tin-trong-tinh.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xBCE791A0E0B2199F72950CB101C86EDBFE29F328">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c004746cd0d1e768ad4bb54e68">
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
      <li><a href="/portal/Pages/Thong-tin-trong-tinh.aspx">Thông tin trong tỉnh</a></li>
    </ul></div>
    <div class="channel-news">
      <div class="channel-news-top">
        <p class="tandan-p-article-news-title"><a href="/portal/Pages/2018-2-22/Trien-khai-nhiem-vu-nam-2018-ve-Nang-cao-hieu-luc-7h00lp.aspx">Triển khai nhiệm vụ năm 2018 về “Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị”</a></p>
        <span class="channel-news-date">22/02/2018</span>
        <p class="channel-news-summary">Nhằm nâng cao năng lực lãnh đạo của Đảng ủy Khối và cấp ủy Đảng cơ sở, triển khai thực hiện có hiệu quả chủ đề năm công tác 2018 theo hướng xây dựng chính quyền điện tử, phục vụ, chuyên nghiệp, hiện đại, hiệu lực, hiệu...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-7-7/Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx" title="Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí">Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí</a></p>
        <span class="channel-news-date">07/07/2017</span>
        <p class="channel-news-summary">Công tác phòng, chống tham nhũng, thực hành tiết kiệm, chống lãng phí có vai trò vô cùng quan trọng trong việc xây dựng tổ chức Đảng trong sạch vững mạnh. Quán triệt sâu sắc các văn bản chỉ đạo của Trung ương, Thành ủy...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-5-22/Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx" title="Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018">Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018</a></p>
        <span class="channel-news-date">22/05/2017</span>
        <p class="channel-news-summary">Nhằm giáo dục chính trị tư tưởng, lịch sử, truyền thống, lòng tự hào, tự tôn dân tộc và đạo lý “uống nước nhớ nguồn”, củng cố, bồi đắp niềm tin cho cán bộ, đảng viên và nhân dân Thủ đô nhất là thế hệ trẻ đối với Đảng và...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2017-1-11/Tang-cuong-su-lanh-dao-cua-Dang-voi-cuoc-van-dong-1og6rx.aspx" title="Tăng cường sự lãnh đạo của Đảng với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”">Tăng cường sự lãnh đạo của Đảng với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”</a></p>
        <span class="channel-news-date">11/01/2017</span>
        <p class="channel-news-summary">Thực hiện Nghị quyết Đại hội XII của Đảng, với tinh thần đổi mới nội dung và phương thức hoạt động, năm 2016, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã triển khai cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2016-12-26/Tang-cuong-vai-tro-neu-guong-cua-can-bo-dang-vienmsh0uo.aspx" title="Tăng cường vai trò nêu gương của cán bộ, đảng viên">Tăng cường vai trò nêu gương của cán bộ, đảng viên</a></p>
        <span class="channel-news-date">26/12/2016</span>
        <p class="channel-news-summary">Ngày 19/12/2016, Bộ Chính trị ban hành Quy định số 55-QĐ/TW về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên.</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2016-9-12/Day-manh-tuyen-truyen-thuc-hien-cong-tac-dam-bao-tdmuo2k.aspx" title="Đẩy mạnh tuyên truyền thực hiện công tác đảm bảo trật tự văn minh đô thị trên địa bàn Thủ đô">Đẩy mạnh tuyên truyền thực hiện công tác đảm bảo trật tự văn minh đô thị trên địa bàn Thủ đô</a></p>
        <span class="channel-news-date">12/09/2016</span>
        <p class="channel-news-summary">Để thực hiện tốt chủ trương của Thành phố về tăng cường sự lãnh đạo, chỉ đạo thực hiện công tác đảm bảo trật tự và văn minh đô thị trên địa bàn Thủ đô, Ban Tuyên giáo Thành ủy đã có văn bản số 372-CV/BTG yêu cầu Ban...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2016-8-30/Nang-cao-nang-luc-lanh-dao-suc-chien-dau-cua-to-chkc89ib.aspx" title="Nâng cao năng lực lãnh đạo, sức chiến đầu của tổ chức đảng và chất lượng cán bộ, đảng viên">Nâng cao năng lực lãnh đạo, sức chiến đầu của tổ chức đảng và chất lượng cán bộ, đảng viên</a></p>
        <span class="channel-news-date">30/08/2016</span>
        <p class="channel-news-summary">Nhằm thực hiện tốt Chương trình số 01-CTr/TU ngày 26/4/2016 về &quot;Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng và chất lượng đội ngũ cán bộ, đảng viên trong toàn Đảng bộ; tiếp tục thực hiện Nghị quyết Trung...</p>
      </div>
      <div class="channel-news-item">
        <p class="channel-news-title"><a href="/portal/Pages/2016-6-8/Tuyen-truyen-thuc-hien-Nghi-quyet-39-cua-Bo-Chinh-dwwco3.aspx" title="Tuyên truyền thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế">Tuyên truyền thực hiện Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế</a></p>
        <span class="channel-news-date">08/06/2016</span>
        <p class="channel-news-summary">Ngày 2/6/2016, Đảng ủy Khối các cơ quan Thành phố ban hành Hướng dẫn công tác thông tin, tuyên truyền thực hiện Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế và cơ cấu lại đội ngũ công...</p>
      </div>
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
