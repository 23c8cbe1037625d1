<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hội nghị Công chức, Viên chức Sở Thông tin và Truyền thông năm 2015 - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Sáng ngày 28/01, Sở Thông tin và Truyền thông tổ chức Hội nghị cán bộ công chức, viên chức năm 2015. Tới dự và phát biểu chỉ đạo Hội nghị có đồng chí Vũ Kim Sơn, Phó Chủ tịch Liên đoàn Lao động thành phố Hà Nội, Chủ tịch Công đoàn viên chức thành phố. Về phía Sở Thông tin và Truyền thông, có đồng chí Phan Lan Tú, Phó Bí thư Đảng ủy, Giám đốc Sở, các đồng chí trong Đảng ủy, Ban Giám đốc, Ban Chấp hành Công đoàn, Đoàn Thanh niên cùng toàn thể công chức, viên chức, người lao động trong Sở.">
<meta name="keywords" content="Tin tức - Sự kiện, Dân vận">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2015-2-2/Hoi-nghi-Cong-chuc-Vien-chuc-So-Thong-tin-va-Truyeqtjm74.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Hoi-nghi-Cong-chuc-Vien-chuc-So-Thong-tin-va-Truyeqtjm74.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x413613540FC8BF72E63481D45460681262F2532D">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c0fb07fd8a4996c7660e8848f5">
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
    <p class="tandan-p-article-news-title">Hội nghị Công chức, Viên chức Sở Thông tin và Truyền thông năm 2015</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 02/02/2015 16:09</span> | <span class="tandan-span-view-count">Lượt xem: 3.741</span></div>
    <p class="tandan-p-article-news-summary">Sáng ngày 28/01, Sở Thông tin và Truyền thông tổ chức Hội nghị cán bộ công chức, viên chức năm 2015. Tới dự và phát biểu chỉ đạo Hội nghị có đồng chí Vũ Kim Sơn, Phó Chủ tịch Liên đoàn Lao động thành phố Hà Nội, Chủ tịch Công đoàn viên chức thành phố. Về phía Sở Thông tin và Truyền thông, có đồng chí Phan Lan Tú, Phó Bí thư Đảng ủy, Giám đốc Sở, các đồng chí trong Đảng ủy, Ban Giám đốc, Ban Chấp hành Công đoàn, Đoàn Thanh niên cùng toàn thể công chức, viên chức, người lao động trong Sở.</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Theo báo cáo kết quả tổ chức triển khai nhiệm vụ năm 2014, hoạt động của Sở TT&amp;TT đã đảm bảo nề nếp, CCVCLĐ nâng cao nhận thức trách nhiệm trong thực thi công vụ, giữ gìn kỷ cương hành chính và đạo đức công vụ, xây dựng sự đoàn kết và đồng thuận trong cơ quan để triển khai các nhiệm vụ chính trị được giao; đồng thời tăng cường sự phối hợp chặt chẽ với các sở, ban, ngành, quận, huyện, thị xã, các đơn vị liên quan, tạo chuyển biến mạnh trong hoạt động quản lý nhà nước về lĩnh vực TTTT trên địa bàn.</p>
<p style="text-align: center;"><img src="https://www.dienbien.gov.vn/portal/Photos/2015-02-02/8fe770926b5e6751anh4.jpg" alt=""></p>
<p>Về kết quả hoạt động Công đoàn, Công đoàn Sở Thông tin và Truyền thông đã tích cực tham gia xây dựng, tổ chức thực hiện và giám sát việc thực hiện các chế độ chính sách liên quan đến CCVCLĐ như học tập nâng cao trình độ mọi mặt, tiền lương, tiền thưởng, bảo hiểm xã hội, bảo hiểm y tế, thường xuyên thăm hỏi, trợ cấp kịp thời cho CCVCLĐ có hoàn cảnh đặc biệt khó khăn, khi có việc hiếu, việc hỷ; thực hiện hiệu quả quy chế dân chủ ở cơ sở, tổ chức thành công Hội nghị cán bộ, công chức viên chức năm 2014; gặp mặt đầu xuân 2014 và du xuân dịp năm mới Giáp Ngọ. Tham gia đầy đủ các hoạt động xã hội, từ thiện như vận động CCVCLĐ trong cơ quan ủng hộ các quỹ do Công đoàn cấp trên phát động (Quỹ xã hội, Quỹ đền ơn đáp nghĩa, Quỹ vì người nghèo, Quỹ vì nghĩa tình Hoàng Sa, Trường Sa). Tổ chức cho nữ đoàn viên công đoàn tham quan khu di tích lịch sử ATK Định Hóa-Thái Nguyên. Tổ chức cho các cháu con đoàn viên công đoàn xem phim; đồng thời, tuyên dương, khen thưởng các cháu đạt danh hiệu học sinh Giỏi năm học 2013-2014 nhân dịp Tết trung thu. Nhân kỷ niệm Ngày Thương binh, Liệt sỹ 27/7, tham gia dâng hương tại Nghĩa trang Liệt sỹ Thành phố và tổ chức gặp mặt con em gia đình chính sách trong cơ quan.</p>
<p>Hội nghị đã nghe báo cáo của Ban Thanh tra nhân dân, 4 ý kiến tham luận của đại diện các Tổ Công đoàn và giải đáp của đồng chí Giám đốc Sở đối với những vấn đề về lương, thưởng, đào tạo, bồi dưỡng và các chế độ khác cho CCVCLĐ.</p>
<p>Giám đốc Sở TT&amp;TT và Chủ tịch Công đoàn cơ quan ký giao ước thi đua (Ảnh: Trọng Toàn)</p>
<p>Phát biểu chỉ đạo Hội nghị, đồng chí Vũ Kim Sơn, Phó Chủ tịch Liên đoàn Lao động thành phố, Chủ tịch Công đoàn Viên chức thành phố chúc mừng kết quả đạt được của Sở TT&amp;TT và Công đoàn cơ quan. Sự ghi nhận của các cấp, các ngành thời gian qua cho thấy những đóng góp của ngành TT&amp;TT cho sự phát triển kinh tế - xã hội Thủ đô ngày càng có vai trò quan trọng. Đồng chí cũng đề nghị lãnh đạo Sở quan tâm, giải đáp kiến nghị, trong đó có việc tạo điều kiện cho CCVCLĐ được tham gia các khóa đào tạo, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ, phục vụ tốt hơn cho sự phát triển của ngành.</p>
<p>Phát biểu kết luận, đồng chí Phan Lan Tú, Giám đốc Sở tiếp thu những ý kiến chỉ đạo của lãnh đạo Liên đoàn Lao động thành phố. Nhiều năm qua, Sở TT&amp;TT đã thực hiện những giải pháp đảm bảo quyền, lợi ích hợp pháp, chính đáng của người lao động trong cơ quan. Phát huy những kết quả đạt được, Sở sẽ tiếp tục tạo điều kiện cho các hoạt động của Công đoàn, phối hợp triển khai những hành động cụ thể để tiếp tục nâng cao đời sống vật chất, tinh thần, chăm lo sức khỏe cho người lao động, tạo điều kiện để người lao động yên tâm công tác và cống hiến.</p>
<p>Hội nghị đã bầu Ban Thanh tra nhân dân và thông qua Nghị quyết Hội nghị Cán bộ công chức, Viên chức năm 2015.</p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a> <a href="/portal/Pages/Tim-kiem.aspx?k=D%C3%A2n%20v%E1%BA%ADn">Dân vận</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2015-2-2/Hoi-nghi-Cong-chuc-Vien-chuc-So-Thong-tin-va-Truyeqtjm74.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=H%E1%BB%99i%20ngh%E1%BB%8B%20C%C3%B4ng%20ch%E1%BB%A9c%2C%20Vi%C3%AAn%20ch%E1%BB%A9c%20S%E1%BB%9F%20Th%C3%B4ng%20tin%20v%C3%A0%20Truy%E1%BB%81n%20th%C3%B4ng%20n%C4%83m%202015&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2015-2-2/Hoi-nghi-Cong-chuc-Vien-chuc-So-Thong-tin-va-Truyeqtjm74.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2014-9-24/Doan-Thanh-nien-So-TTTT-tham-gia-hien-mau-tinh-ngumql45m.aspx">Đoàn Thanh niên Sở TT&amp;TT tham gia hiến máu tình nguyện</a> <span class="ngay">(24/09/2014)</span></li>
      <li><a href="/portal/Pages/2014-6-6/Soi-noi-Hoi-thi-tim-hieu-85-nam-Cong-doan-Viet-Namzq59cx.aspx">Sôi nổi Hội thi tìm hiểu “85 năm Công đoàn Việt Nam, 60 năm Thủ đô xây dựng và phát triển”</a> <span class="ngay">(06/06/2014)</span></li>
      <li><a href="/portal/Pages/2014-3-17/Ke-hoach-tong-ket-15-nam-thuc-hien-Chi-thi-30-cua-wsyogk.aspx">Kế hoạch tổng kết 15 năm thực hiện Chỉ thị 30 của Bộ Chính trị về thực hiện Quy chế dân chủ ở cơ sở</a> <span class="ngay">(17/03/2014)</span></li>
      <li><a href="/portal/Pages/2014-3-15/Giai-bong-da-Nganh-Thong-tin-va-Truyen-thong-Thanh7lsyqh.aspx">Giải bóng đá Ngành Thông tin và Truyền thông Thành phố Hà Nội lần thứ I năm 2014</a> <span class="ngay">(15/03/2014)</span></li>
      <li><a href="/portal/Pages/2013-10-1/Tuyen-truyen-chao-mung-ky-niem-59-nam-Ngay-Giai-phjxxwvw.aspx">Tuyên truyền, chào mừng kỷ niệm 59 năm Ngày Giải phóng Thủ đô</a> <span class="ngay">(01/10/2013)</span></li>
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
