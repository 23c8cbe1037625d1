<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Nâng cao năng lực lãnh đạo của đội ngũ Bí thư chi bộ - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2017-4-7/Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xA4F7B3AE586D3D77364D079A60B09E6DEC953198">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c08d90c444c6f6bd34ba58549d">
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
    <p class="tandan-p-article-news-title">Nâng cao năng lực lãnh đạo của đội ngũ Bí thư chi bộ</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 07/04/2017 16:11</span> | <span class="tandan-span-view-count">Lượt xem: 2.968</span></div>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Xác định rõ tầm quan trọng của Bí thư chi bộ trong việc thực hiện nhiệm vụ về đổi mới, xây dựng, chỉnh đốn Đảng, nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng theo tinh thần Nghị quyết Đại hội lần thứ XII của Đảng, Đảng ủy Khối các cơ quan Thành phố ban hành Đề án “Nâng cao năng lực lãnh đạo của đội ngũ bí thư chi bộ trực thuộc đảng bộ cơ sở thuộc Đảng bộ Khối các cơ quan thành phố Hà Nội”.</p>
<p style="text-align: center;"><img src="https://www.dienbien.gov.vn/portal/Photos/2017-04-07/161fe82600b76980anh25.jpg" alt=""></p>
<p>Theo đó, mục tiêu đặt ra đến năm 2020 phấn đấu 100% Bí thư chi bộ được đào tạo, bồi dưỡng trình độ Trung cấp lý luận trở lên; 100% chi bộ thực hiện nghiêm túc chế độ sinh hoạt định kỳ theo quy định của Điều lệ Đảng; 100% chi bộ thực hiện sinh hoạt chuyên đề mỗi quý một lần;100% bí thư, cấp uỷ viên chi bộ được xếp loại đảng viên hoàn thành tốt nhiệm vụ trở lên.</p>
<p>Để thực hiện các mục tiêu trên, cần tập trung thực hiện một số nhiệm vụ và giải pháp: Xây dựng tiêu chuẩn cụ thể đối với chức danh bí thư chi bộ. Ngoài các tiêu chuẩn chung của cán bộ được nêu trong Nghị quyết Trung ương 3 (khóa VIII), cán bộ giữ chức danh Bí thư chi bộ cần phải có những tiêu chuẩn khác về phẩm chất chính trị có bản lĩnh chính trị vững vàng, kiên định mục tiêu độc lập dân tộc và chủ nghĩa xã hội; luôn giữ gìn đạo đức, lối sống lành mạnh, trung thực, gương mẫu; có khả năng đoàn kết, tập hợp, quy tụ cán bộ; năng lực điều hành, tổ chức thực hiện; khả năng dự báo tình hình, xử lý những tình huống phức tạp phát sinh trong ngành, lĩnh vực công tác; có khả năng đáp ứng yêu cầu nhiệm vụ khi được bố trí vào chức vụ cao hơn…..</p>
<p>Bên cạnh đó, để xây dựng đội ngũ Bí thư chi bộ đáp ứng yêu cầu nhiệm vụ thì công tác quy hoạch cán bộ; kiện toàn cấp ủy, bí thư chi bộ cũng phải được quan tâm đúng mức. Công tác quy hoạch chức danh Bí thư chi bộ cần phải thực hiện cho nhiệm kỳ và những năm tiếp theo, vì một trong những yêu cầu của một bí thư chi bộ là phải có sự tích lũy kinh nghiệm lâu năm, độ chín chắn nhất định, năng lực công tác tốt và có tư duy chiến lược bởi cấp dưới là các cán bộ, đảng viên đa số đều có trình độ cao. Chú trọng kiện toàn đội ngũ cấp ủy có đủ số lượng, chất lượng tốt; thực hiện mô hình nhất thể hóa “Bí thư chi bộ” là người đứng đầu đơn vị; lựa chọn Bí thư chi bộ phải có phẩm chất, năng lực, tín nhiệm, nhiệt tình với công tác xây dựng Đảng, tiêu biểu cho chi bộ, đoàn kết, tập hợp được cán bộ, đảng viên, quần chúng trong đơn vị.</p>
<p>Để nâng cao vai trò, năng lực lãnh đạo của đội ngũ Bí thư chi bộ thì công tác đào tạo, bồi dưỡng góp phần quan trọng. Tổ chức các chương trình đào tạo, bồi dưỡng nghiệp vụ công tác đảng, các quy định, hướng dẫn thi hành Điều lệ Đảng dành cho Bí thư chi bộ và cán bộ được quy hoạch vào chức danh bí thư chi bộ; thời gian thực hiện ít nhất là 1 năm một lần, mỗi lần mở từ 02 lớp trở lên. Các đảng ủy cơ sở cử các đồng chí Bí thư chi bộ, cấp ủy, các đồng chí trong diện quy hoạch cấp ủy tham gia học lớp Trung cấp lý luận chính trị. Đảng ủy Khối phối hợp với Học viện Báo chí và Tuyên truyền tổ chức mở các lớp Cử nhân chính trị cho đội ngũ bí thư chi bộ, cấp ủy, cán bộ được quy hoạch tham gia học tập.</p>
<p>Ngoài ra, cần nâng cao vai trò của đội ngũ Bí thư chi bộ trong lãnh đạo thực hiện nhiệm vụ, trong việc triển khai thực hiện các văn bản chỉ đạo của cấp trên. Tăng cường công tác kiểm tra, giám sát của cấp ủy các cấp, Ủy ban Kiểm tra Đảng ủy cơ sở, các Ban của Đảng ủy Khối. Cấp ủy các cấp, Ủy ban Kiểm tra Đảng ủy cơ sở tăng cường công tác kiểm tra, giám sát đối với cấp ủy các chi bộ trong việc quán triệt và tổ chức thực hiện nghị quyết của chi bộ; trong việc giáo dục, quản lý đảng viên, thực hiện công tác cán bộ, thực hiện chức trách, nhiệm vụ, chế độ sinh hoạt Đảng. Ban Tổ chức Đảng ủy Khối phối hợp với các Ban của Đảng ủy Khối tiến hành giám sát thường xuyên, theo chuyên đề, nhất là việc theo dõi, giám sát, đánh giá công việc của bí thư chi bộ, trong việc tổ chức, điều hành buổi sinh hoạt thường kỳ và sinh hoạt chuyên đề, qua đó nắm được trình độ, khả năng thực tế của đội ngũ cấp ủy, Bí thư chi bộ, làm rõ những kết quả đạt được, những mặt còn hạn chế; kịp thời trao đổi, chia sẻ về những việc chưa được để các Bí thư chi bộ nhận ra và khắc phục, trên cơ sở đó cấp ủy các cấp đề ra nội dung, biện pháp bồi dưỡng, tập huấn trong những năm tiếp theo sát thực tế, thiết thực hơn.</p>
<p>Đảng ủy Khối yêu cầu cấp ủy các chi bộ, đảng bộ trực thuộc căn cứ vào Đề án của Đảng ủy Khối để xây dựng kế hoạch quán triệt, phổ biến Đề án trong cấp ủy, chi bộ và triển khai tổ chức thực hiện Đề án./.</p>
<p style="text-align: right;"><strong>Thu Lan</strong></p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2017-4-7/Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=N%C3%A2ng%20cao%20n%C4%83ng%20l%E1%BB%B1c%20l%C3%A3nh%20%C4%91%E1%BA%A1o%20c%E1%BB%A7a%20%C4%91%E1%BB%99i%20ng%C5%A9%20B%C3%AD%20th%C6%B0%20chi%20b%E1%BB%99&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2017-4-7/Nang-cao-nang-luc-lanh-dao-cua-doi-ngu-Bi-thu-chi-rwsoz4.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2017-3-9/Ban-Chap-hanh-Cong-doan-khoa-moi-phan-dau-dat-khoa6q149w.aspx">Ban Chấp hành Công đoàn khóa mới phấn đấu đạt khoảng 30% cán bộ nữ tham gia</a> <span class="ngay">(09/03/2017)</span></li>
      <li><a href="/portal/Pages/2017-1-11/Tang-cuong-su-lanh-dao-cua-Dang-voi-cuoc-van-dong-1og6rx.aspx">Tăng cường sự lãnh đạo của Đảng với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”</a> <span class="ngay">(11/01/2017)</span></li>
      <li><a href="/portal/Pages/2016-12-26/Chi-bo-Cong-nghe-thong-tin-to-chuc-le-ket-nap-dang2esdba.aspx">Chi bộ Công nghệ thông tin tổ chức lễ kết nạp đảng viên mới</a> <span class="ngay">(26/12/2016)</span></li>
      <li><a href="/portal/Pages/2016-12-26/Tang-cuong-vai-tro-neu-guong-cua-can-bo-dang-vienmsh0uo.aspx">Tăng cường vai trò nêu gương của cán bộ, đảng viên</a> <span class="ngay">(26/12/2016)</span></li>
      <li><a href="/portal/Pages/2016-10-7/Huong-dan-ve-to-chuc-cac-hoat-dong-cua-Cong-tac-viewfxeu.aspx">Hướng dẫn về tổ chức các hoạt động của Cộng tác viên dư luận xã hội</a> <span class="ngay">(07/10/2016)</span></li>
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
