<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Triển khai nhiệm vụ năm 2018 về “Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị” - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2018-2-22/Trien-khai-nhiem-vu-nam-2018-ve-Nang-cao-hieu-luc-7h00lp.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Trien-khai-nhiem-vu-nam-2018-ve-Nang-cao-hieu-luc-7h00lp.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x753ECFF1721EC1359063C8A82F98A9C14C9CE2C1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c050582cc3a95a7a7da1df8e6a">
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
    <p class="tandan-p-article-news-title">Triển khai nhiệm vụ năm 2018 về “Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị”</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 22/02/2018 11:15</span> | <span class="tandan-span-view-count">Lượt xem: 4.117</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Nhằm nâng cao năng lực lãnh đạo của Đảng ủy Khối và cấp ủy Đảng cơ sở, triển khai thực hiện có hiệu quả chủ đề năm công tác 2018 theo hướng xây dựng chính quyền điện tử, phục vụ, chuyên nghiệp, hiện đại, hiệu lực, hiệu quả, Đảng ủy Khối các cơ quan Thành phố ban hành Kế hoạch số 60-KH/ĐUK triển khai nhiệm vụ năm 2018 về “Nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị”.</p>
<p>Theo đó, các Chi bộ, Đảng bộ cơ sở tiếp tục tập trung rà soát, sắp xếp, kiện toàn, tinh gọn đầu mối các tổ chức của hệ thống chính trị theo tinh thần Nghị quyết Trung ương 6 khóa XII gắn với tinh giản biên chế. Chỉ đạo triển khai thực hiện Đề án vị trí việc làm đã được Thành phố phê duyệt; rà soát cán bộ, công chức, viên chức theo vị trí việc làm để sắp xếp, tuyển dụng, đào tạo, bồi dưỡng, đánh giá, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức. Cán bộ, công chức thực hiện tốt các nhiệm vụ được giao, nâng cao đạo đức, kỷ luật, kỷ cương công vụ, ý thức trách nhiệm, tinh thần phục vụ nhân dân; thực hiện nghiêm túc Quy tắc ứng xử của cán bộ công chức, Quy tắc ứng xử tại nơi công cộng trên địa bàn Thành phố, Quy chế phát ngôn của Thành phố và đơn vị.</p>
<p>Bên cạnh đó, quy định rõ trách nhiệm người đứng đầu cấp ủy, cơ quan, đơn vị, đoàn thể phải chịu trách nhiệm cá nhân về toàn bộ công việc thuộc trách nhiệm và thẩm quyền của mình, ngay cả khi đã phân công hoặc ủy nhiệm cho cấp phó. Gương mẫu nghiên cứu, học tập, quán triệt, thực hiện các chủ trương, nghị quyết của Đảng; đăng ký và thực hiện nghiêm túc Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh chuyên đề năm 2018 gắn với Quy định 101-QĐ/TW về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp; gương mẫu chấp hành nguyên tắc tập trung dân chủ, tự phê bình và phê bình trong sinh hoạt Đảng.</p>
<p>Tiếp tục triển khai toàn diện, đồng bộ, có hiệu quả các nội dung Cải cách hành chính theo Nghị quyết 30c của Chính phủ; Chương trình số 08-CTr/TU của Thành ủy Hà Nội, Kế hoạch cải cách hành chính năm 2018 của Thành phố và Chương trình số 02-CTr/ĐUK của Đảng bộ Khối, phấn đấu có nhiều chỉ tiêu hoàn thành sớm và về đích trước thời hạn.</p>
<p>Đẩy mạnh công tác tuyên truyền về cải cách hành chính, kỷ luật, kỷ cương hành chính, việc triển khai dịch vụ công trực tuyến, những sáng kiến, giải pháp cải cách TTHC nhằm đơn giản hóa TTHC; Quy tắc ứng xử của cán bộ công chức và Quy tắc ứng xử tại nơi công cộng trên địa bàn Thành phố. Gắn công tác tuyên truyền với công tác thi đua khen thưởng, chú trọng phát hiện, đề xuất và kịp thời khen thưởng điển hình tiên tiến trong tuyên truyền triển khai thực hiện.</p>
<p>Tăng cường công tác kiểm tra giám sát. Đặc biệt, phối hợp với chính quyền kiểm tra, thanh tra việc chấp hành công vụ, kỷ cương hành chính và việc thực hiện quy tắc ứng xử của cán bộ, công chức, viên chức; chú trọng việc thanh tra, kiểm tra đột xuất, siết chặt kỷ luật hành chính, xử lý nghiêm cá nhân sai phạm.</p>
<p>Nâng cao chất lượng hoạt động đoàn thể. Tiếp tục thực hiện hiệu quả công tác giám sát, phản biện theo Quy định số 217, 218 - QĐ/TW, quy chế dân chủ ở cơ sở, đảm bảo để cán bộ được biết, được tham gia ý kiến, được bàn và quyết định các nội dung công việc của chính quyền, các công việc liên quan đến quyền và lợi ích hợp pháp của cán bộ.</p>
<p>Đảng ủy Khối yêu cầu cấp ủy các tổ chức cơ sở đảng bám sát nhiệm vụ chính trị của đơn vị, căn cứ Kế hoạch này tổ chức triển khai tại đơn vị; phát động phong trào thi đua trong toàn thể cán bộ, công chức, viên chức thực hiện, đồng thời nâng cao trách nhiệm của các tổ chức đảng, nhất là người đứng đầu trong triển khai thực hiện./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2018-2-22/Trien-khai-nhiem-vu-nam-2018-ve-Nang-cao-hieu-luc-7h00lp.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=Tri%E1%BB%83n%20khai%20nhi%E1%BB%87m%20v%E1%BB%A5%20n%C4%83m%202018%20v%E1%BB%81%20%E2%80%9CN%C3%A2ng%20cao%20hi%E1%BB%87u%20l%E1%BB%B1c%2C%20hi%E1%BB%87u%20qu%E1%BA%A3%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng%20c%E1%BB%A7a%20h%E1%BB%87%20th%E1%BB%91ng%20ch%C3%ADnh%20tr%E1%BB%8B%E2%80%9D&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2018-2-22/Trien-khai-nhiem-vu-nam-2018-ve-Nang-cao-hieu-luc-7h00lp.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2018-1-18/Tuyen-truyen-ky-niem-50-nam-cuoc-Tong-tien-cong-va4bu1y3.aspx">Tuyên truyền kỷ niệm 50 năm cuộc Tổng tiến công và nổi dậy xuân Mậu Thân 1968</a> <span class="ngay">(18/01/2018)</span></li>
      <li><a href="/portal/Pages/2017-7-21/Hoi-khoe-Doan-khoi-cac-co-quan-thanh-pho-Ha-Noi-lasige27.aspx">Hội khỏe Đoàn khối các cơ quan thành phố Hà Nội lần thứ VIII năm 2017</a> <span class="ngay">(21/07/2017)</span></li>
      <li><a href="/portal/Pages/2017-7-7/Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx">Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí</a> <span class="ngay">(07/07/2017)</span></li>
      <li><a href="/portal/Pages/2017-5-22/Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx">Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018</a> <span class="ngay">(22/05/2017)</span></li>
      <li><a href="/portal/Pages/2017-5-11/Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx">Chi bộ Trung tâm Dữ liệu nhà nước tổ chức lễ kết nạp đảng viên</a> <span class="ngay">(11/05/2017)</span></li>
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
