<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2017-7-7/Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x850A46446D9406422A522E57A4E822A6FD148B93">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c0dfa776f2e59725506e122160">
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
    <p class="tandan-p-article-news-title">Đảng ủy Khối các cơ quan Thành phố Hà Nội: chỉ đạo thực hiện hiệu quả công tác phòng, chống tham nhũng, lãng phí</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 07/07/2017 11:17</span> | <span class="tandan-span-view-count">Lượt xem: 4.848</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Công tác phòng, chống tham nhũng, thực hành tiết kiệm, chống lãng phí có vai trò vô cùng quan trọng trong việc xây dựng tổ chức Đảng trong sạch vững mạnh. Quán triệt sâu sắc các văn bản chỉ đạo của Trung ương, Thành ủy về tăng cường sự lãnh đạo của Đảng đối với công tác đấu tranh phòng, chống tham nhũng, thực hành tiết kiệm, chống lãng phí, 6 tháng đầu năm 2017, Đảng ủy Khối các cơ quan thành phố Hà Nội đã lãnh đạo, chỉ đạo các Chi, Đảng bộ cơ sở trực thuộc thực hiện hiệu quả nhiệm vụ này.</p>
<p>Công tác tuyên truyền, phổ biến, quán triệt các chủ trương, chính sách của Đảng, pháp luật của Nhà nước về phòng, chống tham nhũng (PCTN), thực hành tiết kiệm, chống lãng phí được Đảng ủy Khối tổ chức dưới nhiều hình thức, đạt được hiệu quả thiết thực. Cụ thể, 6 tháng đầu năm 2017, đã phổ biến văn bản của Nhà nước và Thành phố về công khai, minh bạch tài sản thu nhập; quán triệt Kế hoạch của Thành ủy thực hiện kết luận số 10-KL/TW ngày 26/12/2016 của Bộ Chính trị về “Tiếp tục thực hiện Nghị quyết Trung ương 3 khóa X về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng lãng phí”. Triển khai sâu rộng Chương trình 07-CT/TU của Thành ủy khóa XVI và Chương trình 03-CT/ĐUK ngày 19/5/2016 của Đảng ủy Khối về nâng cao hiệu quả công tác phòng, chống tham nhũng, thực hành tiết kiệm, chống lãng phí giai đoạn 2016-2020, đã chỉ đạo 100% các tổ chức cơ sở đảng trực thuộc tổ chức cho cán bộ, đảng viên học tập các chỉ thị, nghị quyết của đảng về nhiệm vụ cải cách hành chính, PCTN, thực hành tiết kiệm, chống lãng phí kết hợp với quán triệt, học tập Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về tăng cường xây dựng, chỉnh đốn Đảng. Đặc biệt, ngày 19/5/2017, Đảng ủy Khối đã tổ chức Hội nghị tọa đàm “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về nêu cao tinh thần trách nhiệm, gương mẫu, nói đi đôi với làm của cấp ủy, người đứng đầu cấp ủy các cấp trong Đảng bộ Khối các cơ quan Thành phố”. Qua đó, đã góp phần nâng cao nhận thức, thống nhất về tư tưởng và hành động trong cán bộ, đảng viên đối với công tác PCTN, thực hành tiết kiệm, chống lãng phí.</p>
<p>Bên cạnh đó, Đảng ủy Khối chỉ đạo các Chi, Đảng bộ cơ sở trực thuộc thực hiện nghiêm túc việc rà soát, hoàn thiện quy chế làm việc của cơ quan, đơn vị, công khai việc quản lý, sử dụng ngân sách, tài sản công. Đồng thời, hướng dẫn các tổ chức cơ sở đảng thực hiện hiệu quả Nghị quyết 39-NQ/TW của Bộ Chính trị về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức theo hướng “một đầu mối, một việc xuyên suốt”; thực hiện tốt quy chế dân chủ cơ sở; “Năm kỷ cương hành chính”, nâng cao trách nhiệm, tinh thần phục vụ của đội ngũ cán bộ, công chức và thực hiện tốt vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu tổ chức đảng, cơ quan, đơn vị.</p>
<p>Trong 6 tháng đầu năm 2017, Đảng ủy Khối đã thành lập 6 đoàn kiểm tra đối với 20/68 cấp ủy tổ chức cơ sở đảng trực thuộc. Trong đó, tập trung kiểm tra việc triển khai và tổ chức thực hiện năm kỷ cương hành chính 2017; việc lãnh đạo và tổ chức thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 30-CT/TW về “Xây dựng và tổ chức thực hiện quy chế dân chủ ở cơ sở”. Qua kiểm tra, Đảng ủy Khối đã phát hiện và kịp thời nhắc nhở các tổ chức cơ sở đảng khắc phục hạn chế, thiết sót. Việc xem xét, xử lý kỷ luật đảng cũng được Đảng ủy Khối thực hiện rất nghiêm túc, cẩn trọng. 6 tháng đầu năm 2017, đã tiến hành xem xét, xử lý kỷ luật và đề nghị Ủy ban kiểm tra Thành ủy xử lý kỷ luật cảnh cáo 1 đồng chí, khiển trách 1 đồng chí, kiểm điểm trách nhiệm đảng viên 1 đồng chí và đề nghị Uỷ ban kiểm tra Thành ủy tiếp tục gia hạn đình chỉ sinh hoạt đối với 1 đảng viên. Ủy ban kiểm tra Đảng ủy Khối đã tiến hành kiểm tra khi có dấu hiệu vi phạm đối với 2 chi bộ; ban hành Quyết định gia hạn đình chỉ sinh hoạt Đảng đối với 1 đảng viên thuộc Đảng bộ cơ quan Liên đoàn Lao động Thành phố.</p>
<p>Với phương pháp lãnh đạo, chỉ đạo điều hành theo hướng rõ người, rõ việc, rõ trách nhiệm, sát tình hình thực tiễn, 6 tháng đầu năm 2017, Đảng ủy Khối và cấp ủy các tổ chức cơ sở đảng đã triển khai thực hiện tốt các nhiệm vụ trọng tâm trong Chương trình 07-CT/TU và Chương trình 03-CT/ĐUK về PCTN, thực hành tiết kiệm, chống lãng phí, góp phần xây dựng tổ chức đảng, cơ quan, đơn vị trong sạch, vững mạnh. Để tiếp tục thực hiện có hiệu quả công tác PCTN, đẩy lùi suy thoái về tư tưởng chính trị, đạo đức, lối sống trong cán bộ, đảng viên, 6 tháng cuối năm, Đảng ủy Khối sẽ thành lập các Đoàn kiểm tra kiểm tra công tác lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị và công tác xây dựng đảng 9 tháng đầu năm 2017; việc thực hiện các chương trình, kế hoạch, chuyên đề, đề án thực hiện 8 chương trình công tác của Thành ủy, 3 chương trình công tác trọng tâm của Đảng ủy Khối đối với các tổ chức cơ sở đảng. Giám sát việc triển khai và tổ chức thực hiện Kế hoạch của Đảng ủy Khối về công tác thi đua khen thưởng; thực hiện năm kỷ cương hành chính; Quy định 55-QĐ/TW ngày 10/1/2012 của Ban bí thư Trung ương Đảng “về công tác kiểm tra của tổ chức đảng đối với việc tu dưỡng, rèn luyện, đạo đức của cán bộ, đảng viên”. Đặc biệt, giám sát việc quán triệt, triển khai thực hiện Nghị quyết Trung ương 4 khóa XII về Tăng cường xây dựng, chỉnh đốn Đảng gắn với thực hiện Chỉ thị 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đối với 10 tổ chức đảng và đồng chí Bí thư cấp ủy…/.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2017-7-7/Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=%C4%90%E1%BA%A3ng%20%E1%BB%A7y%20Kh%E1%BB%91i%20c%C3%A1c%20c%C6%A1%20quan%20Th%C3%A0nh%20ph%E1%BB%91%20H%C3%A0%20N%E1%BB%99i%3A%20ch%E1%BB%89%20%C4%91%E1%BA%A1o%20th%E1%BB%B1c%20hi%E1%BB%87n%20hi%E1%BB%87u%20qu%E1%BA%A3%20c%C3%B4ng%20t%C3%A1c%20ph%C3%B2ng%2C%20ch%E1%BB%91ng%20tham%20nh%C5%A9ng%2C%20l%C3%A3ng%20ph%C3%AD&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2017-7-7/Dang-uy-Khoi-cac-co-quan-Thanh-pho-Ha-Noi-chi-dao-uxsh37.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2017-5-22/Huong-dan-ky-niem-nam-tron-mot-so-ngay-le-lon-va-sbcnqxq.aspx">Hướng dẫn kỷ niệm năm tròn một số ngày lễ lớn và sự kiện lịch sử quan trọng trong hai năm 2017-2018</a> <span class="ngay">(22/05/2017)</span></li>
      <li><a href="/portal/Pages/2017-5-11/Chi-bo-Trung-tam-Du-lieu-nha-nuoc-to-chuc-le-ket-nals2qp.aspx">Chi bộ Trung tâm Dữ liệu nhà nước tổ chức lễ kết nạp đảng viên</a> <span class="ngay">(11/05/2017)</span></li>
      <li><a href="/portal/Pages/2017-4-7/Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx">Nâng cao năng lực lãnh đạo của đội ngũ Bí thư chi bộ</a> <span class="ngay">(07/04/2017)</span></li>
      <li><a href="/portal/Pages/2017-3-9/Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx">Ban Chấp hành Công đoàn khóa mới phấn đấu đạt khoảng 30% cán bộ nữ tham gia</a> <span class="ngay">(09/03/2017)</span></li>
      <li><a href="/portal/Pages/2017-1-11/Tang-cuong-su-lanh-dao-cua-Dang-voi-cuoc-van-dong-1og6rx.aspx">Tăng cường sự lãnh đạo của Đảng với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”</a> <span class="ngay">(11/01/2017)</span></li>
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
