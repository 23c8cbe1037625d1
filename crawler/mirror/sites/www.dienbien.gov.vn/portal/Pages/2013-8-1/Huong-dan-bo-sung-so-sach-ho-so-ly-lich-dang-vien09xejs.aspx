<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Hướng dẫn bổ sung sổ sách, hồ sơ, lý lịch đảng viên - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN</title>
<meta name="description" content="Nhằm giúp cấp ủy các tổ chức cơ sở Đảng và Đảng ủy khối cập nhật và khai thác cơ sở dữ liệu đảng viên, làm tốt công tác quản lý đảng viên và hồ sơ đảng viên góp phần đưa công tác xây dựng Đảng ngày càng đi vào nề nếp, ngày 24/7/2013, Đảng ủy khối các cơ quan Thành phố ban hành hướng dẫn bổ sung sổ sách, hồ sơ, lý lịch đảng viên.">
<meta name="keywords" content="Tin tức - Sự kiện">
<link rel="shortcut icon" href="/portal/_themes/default/img/favicon.ico" type="image/vnd.microsoft.icon">
<link rel="stylesheet" type="text/css" href="/portal/_themes/DienBien/css/style.css">
<link rel="stylesheet" type="text/css" href="/portal/_layouts/15/1066/styles/Themable/corev15.css">
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "/portal", webLanguage: 1066,
  serverRequestPath: "/portal/Pages/2013-8-1/Huong-dan-bo-sung-so-sach-ho-so-ly-lich-dang-vien09xejs.aspx"};</script>
<script type="text/javascript" src="/portal/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Huong-dan-bo-sung-so-sach-ho-so-ly-lich-dang-vien09xejs.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0xC3284922E5A471EA72BA6F832ABADA31C7478AB9">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEzMjE0NTk3NDQPZBYCZg9kFgICAQ9kFgQCAQ9kFgICBQ9kFgJmD2QWAgIBDxYCHhNQcmV2aW91c0d9bb790a5fab2115828195c9">
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
    <p class="tandan-p-article-news-title">Hướng dẫn bổ sung sổ sách, hồ sơ, lý lịch đảng viên</p>
    <div class="tandan-div-article-info"><span class="tandan-span-date-publish">Đăng ngày 01/08/2013 15:24</span> | <span class="tandan-span-view-count">Lượt xem: 2.262</span></div>
    <p class="tandan-p-article-news-summary">Nhằm giúp cấp ủy các tổ chức cơ sở Đảng và Đảng ủy khối cập nhật và khai thác cơ sở dữ liệu đảng viên, làm tốt công tác quản lý đảng viên và hồ sơ đảng viên góp phần đưa công tác xây dựng Đảng ngày càng đi vào nề nếp, ngày 24/7/2013, Đảng ủy khối các cơ quan Thành phố ban hành hướng dẫn bổ sung sổ sách, hồ sơ, lý lịch đảng viên.</p>
    <p class="tandan-p-article-main">
    <div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">
<p>Theo đó, Đảng ủy khối hướng dẫn bổ sung đối với 6 loại sổ. Cụ thể:</p>
<p style="text-align: center;"><img src="https://www.dienbien.gov.vn/portal/Photos/2013-08-01/756a1ec097d70fcbanh13.jpg" alt=""></p>
<p>Sổ danh sách đảng viên do chi ủy, đảng ủy bộ phận, đảng ủy cơ sở và Ban Tổ chức Đảng ủy khối quản lý, sử dụng để nắm chắc số lượng đảng viên của Đảng bộ; đồng chí Bí thư, Phó Bí thư, cấp ủy viên phụ trách tổ chức hoặc cán bộ tổ chức được cấp ủy giao trách nhiệm quản lý và sử dụng bảo quản để kịp thời bổ sung những biến động của đảng viên, 3 tháng 1 lần đối khớp số lượng đảng viên với tổ chức đảng cấp dưới trực tiếp và cấp trên trực tiếp để thống nhất số lượng.</p>
<p>Đối với sổ theo dõi công tác bảo vệ chính trị nội bộ: hàng tháng, các chi bộ báo cáo Đảng bộ cơ sở, trường hợp có tình hình phức tạp báo cáo ngay. Định kỳ 3 tháng báo cáo cấp trên, cuối năm tổng hợp báo cáo</p>
<p>Sổ danh sách đảng viên đã ra khỏi Đảng: để ghi những đảng viên đã ra khỏi Đảng của chi, đảng bộ, ngày ra khỏi Đảng, lý do ra khỏi Đảng...</p>
<p>Sổ danh sách đảng viên từ trần: để ghi những đảng viên đã từ trần, ngày từ trần, lý do từ trần.</p>
<p>Sổ phát thẻ đảng viên được sử dụng để các cấp ủy cơ sở nắm số lượng đảng viên được phát thẻ đảng viên của đơn vị mình. Sổ phát thẻ đảng viên có 2 phần, phần thứ nhất ghi những đảng viên được phát thẻ đảng viên tại chi, đảng bộ, phần thứ hai ghi những đảng viên được phát thẻ đảng viên ở nơi khác chuyển về.</p>
<p>Sổ tặng huy hiệu Đảng được sử dụng để các cấp ủy cơ sở nắm số đảng viên được tặng huy hiệu Đảng của đơn vị mình. Sổ này có 2 phần: phần thứ nhất viết những đảng viên được tặng Huy hiệu Đảng tại chi bộ, đảng bộ; phần thứ hai viết những đảng viên được tặng Huy hiệu Đảng ở nơi khác chuyển đến.</p>
<p>Đảng viên khai phiếu bổ sung hồ sơ đảng viên về những thay đổi trong thời gian từ năm 2002 đến tháng 6/2013 theo các mục trong phiếu, mục nào không thay đổi thì ghi &quot;không&quot;. Đối với những đảng viên kết nạp sau năm 2012 thì khai tiếp những thay đổi từ sau khi kết nạp. Đảng viên phải khai đầy đủ, rõ ràng theo đúng quy định. Nội dung khai bổ sung những thay đổi gồm: bổ sung quá trình công tác từ năm 2002 đến nay (chức vụ Đảng, chính quyền, đoàn thể, đơn vị công tác, nghề nghiệp, khen thưởng, kỷ luật); bổ sung những thông tin về các lớp đào tạo, bồi dưỡng đã qua; bổ sung những thay đổi về hoàn cảnh gia đình (cha, mẹ, vợ, chồng, các con...). Sau khi đã thực hiện việc bổ sung những thay đổi vào phiếu bổ sung hồ sơ đảng viên, các đảng viên phải nộp phiếu này kèm theo các giấy tờ khác như: các quyết định của cấp có thẩm quyền về điều động, bổ nhiệm; quyết định khen thưởng, kỷ luật (nếu có), bản sao các văn bằng chứng chỉ về chuyên môn, lý luận chính trị, ngoại ngữ, tin học, ....cho cấp ủy cơ sở để lưu hồ sơ.</p>
<p>Đảng ủy khối yêu cầu cấp ủy cơ sở tiến hành rà soát toàn bộ đảng viên hiện có của đơn vị và hồ sơ của từng đảng viên, ghi đầy đủ những tài liệu và nội dung còn thiếu của từng hồ sơ để yêu cầu đảng viên bổ sung, đảng viên chưa khai phiếu và lý lịch đảng viên thì phải cho đảng viên khai, kiểm tra, xác nhận và đóng dấu; lý lịch đảng viên lưu cùng hồ sơ đảng viên, phiếu đảng viên nộp về Ban Tổ chức Đảng ủy khối. Đồng thời, lập 2 quyển sổ danh sách đảng viên: 1 sổ lưu tại đơn vị cùng sổ sách đảng viên cũ lưu tại đơn vị, gửi 1 quyển sổ danh sách đảng viên mới lập về Đảng ủy khối; triển khai đến toàn thể đảng viên của đơn vị về việc bổ sung hồ sơ đảng viên đảm bảo đầy đủ, kịp thời và đúng quy định./.</p>
    </div>
    <div id="ctl00_PlaceHolderMain_ctl08_label" style="display:none">Tệp đính kèm</div>
    <div class="tandan-div-article-attach"><ul><li><a href="/portal/VanBan/2013-08/8a05ed5b96896841Huong-dan-bo-sung-so-sach-ho-so-ly-lich-dang-vien.pdf" target="_blank">Huong-dan-bo-sung-so-sach-ho-so-ly-lich-dang-vien.pdf</a></li></ul></div>
    <div class="td-tags"><span>Tags:</span> <a href="/portal/Pages/Tim-kiem.aspx?k=Tin%20t%E1%BB%A9c%20-%20S%E1%BB%B1%20ki%E1%BB%87n">Tin tức - Sự kiện</a></div>
    <div class="social-share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dienbien.gov.vn/portal/Pages/2013-8-1/Huong-dan-bo-sung-so-sach-ho-so-ly-lich-dang-vien09xejs.aspx" target="_blank">Chia sẻ</a>
      <a href="javascript:window.print();">In bài viết</a>
      <a href="mailto:?subject=H%C6%B0%E1%BB%9Bng%20d%E1%BA%ABn%20b%E1%BB%95%20sung%20s%E1%BB%95%20s%C3%A1ch%2C%20h%E1%BB%93%20s%C6%A1%2C%20l%C3%BD%20l%E1%BB%8Bch%20%C4%91%E1%BA%A3ng%20vi%C3%AAn&amp;body=https%3A//www.dienbien.gov.vn/portal/Pages/2013-8-1/Huong-dan-bo-sung-so-sach-ho-so-ly-lich-dang-vien09xejs.aspx">Gửi email</a>
    </div>
    <div class="tandan-div-article-other"><p class="tandan-p-article-other">Các tin khác</p>
    <ul>
      <li><a href="/portal/Pages/2014-6-6/Soi-noi-Hoi-thi-tim-hieu-85-nam-Cong-doan-Viet-Namzq59cx.aspx">Sôi nổi Hội thi tìm hiểu “85 năm Công đoàn Việt Nam, 60 năm Thủ đô xây dựng và phát triển”</a> <span class="ngay">(06/06/2014)</span></li>
      <li><a href="/portal/Pages/2014-3-17/Ke-hoach-tong-ket-15-nam-thuc-hien-Chi-thi-30-cua-wsyogk.aspx">Kế hoạch tổng kết 15 năm thực hiện Chỉ thị 30 của Bộ Chính trị về thực hiện Quy chế dân chủ ở cơ sở</a> <span class="ngay">(17/03/2014)</span></li>
      <li><a href="/portal/Pages/2014-3-15/Giai-bong-da-Nganh-Thong-tin-va-Truyen-thong-Thanh7lsyqh.aspx">Giải bóng đá Ngành Thông tin và Truyền thông Thành phố Hà Nội lần thứ I năm 2014</a> <span class="ngay">(15/03/2014)</span></li>
      <li><a href="/portal/Pages/2013-10-1/Tuyen-truyen-chao-mung-ky-niem-59-nam-Ngay-Giai-phjxxwvw.aspx">Tuyên truyền, chào mừng kỷ niệm 59 năm Ngày Giải phóng Thủ đô</a> <span class="ngay">(01/10/2013)</span></li>
      <li><a href="/portal/Pages/2013-9-20/Hoi-nghi-Cong-bo-Quyet-dinh-chuan-y-UVTV-Pho-Bi-thw1f34f.aspx">Hội nghị Công bố Quyết định chuẩn y UVTV, Phó Bí thư Đảng ủy cơ quan Sở Thông tin và Truyền thông và quán triệt Nghị quyết Trung ương 7 (khóa XI)</a> <span class="ngay">(20/09/2013)</span></li>
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
