<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kế hoạch Học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2015 - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Ngày 30/3/2015, Đảng ủy Sở Thông tin và Truyền thông ban hành Kế hoạch số 402-KH/ĐU về học tập chuyên đề năm 2015 ldquo;Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về trung thực, trách nhiệm; gắn bó với nhân dân; đoàn kết, xây dựng Đảng trong sạch, vững mạnhrdquo;. Dự kiến trong tháng 4, Đảng ủy Sở sẽ tổ chức Hội nghị học tập, quán triệt chuyên đề tới toàn thể đảng viên, quần chúng ưu tú trong cơ quan.">
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2015-4-16/Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x2A2DB3F18D34A4649D9EDE8328A74058AE76EAB7">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c06824bcf9e83fa694a59c8ea0">
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
    <p class="tandan-p-article-news-title">Kế hoạch Học tập và làm theo tấm gương đạo đức Hồ Chí Minh năm 2015</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 16/04/2015 14:33</span> | <span class="tandan-span-view-count">Lượt xem: 393</span></div>
    <p class="tandan-p-article-news-summary">Ngày 30/3/2015, Đảng ủy Sở Thông tin và Truyền thông ban hành Kế hoạch số 402-KH/ĐU về học tập chuyên đề năm 2015 ldquo;Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về trung thực, trách nhiệm; gắn bó với nhân dân; đoàn kết, xây dựng Đảng trong sạch, vững mạnhrdquo;. Dự kiến trong tháng 4, Đảng ủy Sở sẽ tổ chức Hội nghị học tập, quán triệt chuyên đề tới toàn thể đảng viên, quần chúng ưu tú trong cơ quan.</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Triển khai thực hiện chuyên đề yêu cầu bảo đảm nghiêm túc, chất lượng, tránh phô trương, hình thức; cụ thể hoá nội dung học tập và theo tấm gương đạo đức Hồ Chí Minh vào chương trình, kế hoạch của Đảng ủy, của cơ quan và các tổ chức đoàn thể đảm bảo thiết thực, hiệu quả.</p>
<p>Việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh chuyên đề năm 2015 tập trung vào những nội dung sau:</p>
<p>Đảng ủy Sở tổ chức nghiên cứu, học tập, quán triệt, liên hệ thực tế về các nội dung &quot;trung thực, trách nhiệm&quot;, &quot;gắn bó với nhân dân&quot;, &quot;đoàn kết, xây dựng Đảng trong sạch, vững mạnh&quot; gắn với tiếp tục thực hiện Chỉ thị số 03 của Bộ Chính trị trong cán bộ, đảng viên, công chức, viên chức, nhất là đối với cán bộ lãnh đạo chủ chốt, người đứng đầu cấp ủy, cơ quan, đơn vị; liên hệ trong công tác chuẩn bị Đại hội Đảng và trong thực hiện phương hướng, nhiệm vụ nhiệm kỳ 2015-2020.</p>
<p>Xây dựng kế hoạch đề ra phương hướng, giải pháp, biện pháp thực hiện chuyên đề; tổ chức sinh hoạt, rà soát, bổ sung chuẩn mực đạo đức, đăng ký thực hiện trong từng Chi bộ; lựa chọn những vấn đề còn nhiều hạn chế, yếu k;ém để tập trung giải quyết dứt điểm.</p>
<p>Mỗi cán bộ, đảng viên, CCVC tự liên hệ bản thân, đề ra các giải pháp học tập và làm theo phù hợp với từng cương vị công tác; giải quyết tốt mối quan hệ với nhân dân địa phương, nơi công tác và thực hiện nghĩa vụ ở nơi cư trú, gắn với thực hiện Nghị quyết Trung ương 4 (khóa XI) &quot;Một số vấn đề cấp bách về xây dựng Đảng hiện nay&quot;, Nghị quyết Trung ương 7 (khóa XI) về &quot;Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới&quot;; Nghị quyết Trung ương 9 (khóa XI) về &quot;Xây dựng và phát triển văn hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước&quot;; tiếp tục thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư Trung ương Đảng về đẩy mạnh thực hành tiết kiệm, chống lãng phí; Chỉ thị số 11-CT/TU của Thành ủy Hà Nội về thực hiện nếp sống văn minh trong việc cưới trên địa bàn Thành phố; &quot;Năm trật tự và văn minh đô thị&quot; 2015.</p>
<p>Việc tổ chức học tập chuyên đề và liên hệ làm theo cụ thể trong công việc thường ngày, trong quan hệ với nhân dân, đồng chí, đồng nghiệp.</p>
<p>Đảng ủy giao Văn phòng Đảng ủy liên hệ đăng ký mua tài liệu học tập cho các chi bộ trực thuộc; tham mưu Đảng uỷ tổ chức Hội nghị nghiên cứu, học tập chuyên đề đến toàn thể đảng viên, tổ chức đoàn thể và quần chúng của cơ quan.</p>
<p>Các chi bộ trực thuộc quán triệt sâu sắc đến, đảng viên, các tổ chức đoàn thể về mục đích, ý nghĩa, yêu cầu và tổ chức nghiên cứu, học tập chuyên đề về tư tưởng, tấm gương đạo đức của Hồ Chí Minh năm 2015; Tổ chức cho cán bộ, đảng viên, quần chúng ưu tú liên hệ, xây dựng kế hoạch và phấn đấu làm theo. Theo định kỳ tháng, quý, sơ kết, tổng kết, báo cáo kết quả học tập và làm theo tấm gương đạo đức của Người với cấp ủy (qua Văn phòng Đảng ủy) để tổng hợp.</p>
<p>Bí thư các chi bộ chỉ đạo tổ chức triển khai kế hoạch của Đảng uỷ tại chi bộ; xây dựng chương trình hành động của chi bộ, kế hoạch hành động của các đảng viên sau khi được tuyên truyền học tập.</p>
<p>Ủy ban kiểm tra Đảng ủy đưa nội dung triển khai việc học tập chuyên đề về tấm gương đạo đức Hồ chí Minh năm 2015 vào kế hoạch kiểm tra, giám sát của Đảng bộ năm 2015.</p>
<p>Đảng bộ tổ chức sơ, tổng kết kết quả học tập và làm theo của cán bộ, đảng viên và quần chúng để làm cơ sở đánh giá công chức, xếp loại thi đua hàng năm, kịp thời biểu dương khen thưởng cá nhân, tập thể có thành tích; uốn nắn, phê bình những cá nhân chưa tích cực.</p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="tandan-div-article-attach"><ul><li><a href="/portal/VanBan/2015-04/ece62c474f5c90f6Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho.pdf" target="_blank">Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho.pdf</a></li></ul></div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2015-4-16/Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=K%E1%BA%BF%20ho%E1%BA%A1ch%20H%E1%BB%8Dc%20t%E1%BA%ADp%20v%C3%A0%20l%C3%A0m%20theo%20t%E1%BA%A5m%20g%C6%B0%C6%A1ng%20%C4%91%E1%BA%A1o%20%C4%91%E1%BB%A9c%20H%E1%BB%93%20Ch%C3%AD%20Minh%20n%C4%83m%202015&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2015-4-16/Ke-hoach-Hoc-tap-va-lam-theo-tam-guong-dao-duc-Ho-wh3703.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2015-3-23/Chung-ket-Giai-bong-da-Nganh-TTTT-Ha-Noi-mo-rong-lzwvbgg.aspx">Chung kết Giải bóng đá Ngành TT&amp;TT Hà Nội mở rộng lần thứ II: VNPT Hà Nội gặp Viettel Chi nhánh Hà Nội</a> <span class="ngay">(23/03/2015)</span></li>
      <li><a href="/portal/Pages/2015-2-2/Hoi-nghi-Cong-chuc-Vien-chuc-So-Thong-tin-va-Truyeqtjm74.aspx">Hội nghị Công chức, Viên chức Sở Thông tin và Truyền thông năm 2015</a> <span class="ngay">(02/02/2015)</span></li>
      <li><a href="/portal/Pages/2014-9-24/Doan-Thanh-nien-So-TTTT-tham-gia-hien-mau-tinh-ngumql45m.aspx">Đoàn Thanh niên Sở TT&amp;TT tham gia hiến máu tình nguyện</a> <span class="ngay">(24/09/2014)</span></li>
      <li><a href="/portal/Pages/2014-6-6/Soi-noi-Hoi-thi-tim-hieu-85-nam-Cong-doan-Viet-Namzq59cx.aspx">Sôi nổi Hội thi tìm hiểu “85 năm Công đoàn Việt Nam, 60 năm Thủ đô xây dựng và phát triển”</a> <span class="ngay">(06/06/2014)</span></li>
      <li><a href="/portal/Pages/2014-3-17/Ke-hoach-tong-ket-15-nam-thuc-hien-Chi-thi-30-cua-wsyogk.aspx">Kế hoạch tổng kết 15 năm thực hiện Chỉ thị 30 của Bộ Chính trị về thực hiện Quy chế dân chủ ở cơ sở</a> <span class="ngay">(17/03/2014)</span></li>
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
