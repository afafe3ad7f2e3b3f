# SPDX-License-Identifier: GPL-3.0-or-later
"""v4 base texts: scams (label "scam"). Written for v4 from the seed directives 000 and 001
only, without reading the checker's rules or its data. Slots: {amt} {stk} {phone} {link}
{name} {bank} {city} {day}; make_corpus.py fills them."""

SCAM = [
    # --- fake police / procuracy / court (seed 000 (1)) ---
    ("fake_police", "Alo, tôi là đại úy Trần Văn Hùng, công an quận Hai Bà Trưng. Số CCCD của chị đang liên quan tới một đường dây rửa tiền. Chị giữ bí mật, không được nói cho người nhà, và chuyển toàn bộ số dư sang tài khoản tạm giữ {stk} để cơ quan xác minh."),
    ("fake_police", "Phòng Cảnh sát hình sự Công an TP {city} thông báo: ông/bà có tên trong hồ sơ vụ án ma túy. Vui lòng kết nối cuộc gọi video Zalo với cán bộ điều tra ngay hôm nay, chuẩn bị sẵn điện thoại có app ngân hàng và sổ tiết kiệm."),
    ("fake_police", "Cong an phuong goi ban ve viec cap nhat cu tru. Ban bam {link} va dang nhap bang tai khoan ngan hang de doi chieu, neu khong se bi khoa tai khoan dinh danh."),
    ("fake_police", "Tôi là thiếu tá Lê Minh, Cục An ninh mạng. Tài khoản của anh đã được dùng để chuyển tiền cho tổ chức đánh bạc. Để chứng minh trong sạch anh phải nộp {amt} vào tài khoản niêm phong của Bộ Công an, xong việc sẽ hoàn trả."),
    ("fake_police", "e o doi cong an kinh te, sdt cua chi dang bi dieu tra lua dao. chi cai app 'Bo Cong An' o link {link} de khai bao, lam xong trong hom nay ko thi se co lenh bat"),
    ("fake_procuracy", "Viện kiểm sát nhân dân tối cao gửi lệnh tạm giam số 1289/LTG đối với bà {name}. Để được xem xét tại ngoại bà cần đóng tiền bảo lãnh {amt} qua số tài khoản {stk} trước 16 giờ. Tuyệt đối không tiết lộ với ai vì đây là hồ sơ mật."),
    ("fake_procuracy", "VKSND {city}: chúng tôi đã phong tỏa tài sản của anh do liên quan vụ án tham nhũng. Anh đọc cho kiểm sát viên mã xác nhận vừa gửi tới điện thoại để gỡ phong tỏa."),
    ("fake_court", "TAND {city} thông báo: Quý khách có đơn khởi kiện nợ xấu, phiên xử ngày {day}. Bấm phím 9 để gặp thư ký tòa, hoặc liên hệ {phone} để nộp tiền hòa giải {amt} và rút đơn."),
    ("fake_court", "Giấy triệu tập của Tòa án đã gửi 3 lần nhưng anh không đến. Nếu không muốn bị cưỡng chế thì chuyển khoản án phí {amt} vào stk {stk} ngay trong sáng nay nhé."),
    # --- fake bank / OTP / fake banking link (seed 000 (2), OTP theft) ---
    ("fake_bank_otp", "{bank}: Tài khoản của Quý khách đang có giao dịch bất thường. Nhân viên ngân hàng sẽ gọi lại, Quý khách vui lòng đọc mã OTP để chúng tôi hủy giao dịch."),
    ("fake_bank_otp", "Chị ơi em bên tổng đài thẻ {bank}, hệ thống vừa gửi 6 số về máy chị, chị đọc giúp em để em kích hoạt hạn mức mới cho thẻ tín dụng nha."),
    ("fake_bank_link", "{bank} thông báo: tài khoản của bạn sẽ bị tạm khóa do chưa cập nhật sinh trắc học. Truy cập {link} để xác thực trong 24h."),
    ("fake_bank_link", "[{bank}] Quy khach duoc cong 500.000 diem thuong, het han hom nay. Doi diem tai {link} bang cach dang nhap tai khoan va nhap ma OTP."),
    ("fake_bank_link", "TB: The ATM cua ban het han vao {day}. De tranh bi thu hoi, vui long gia han tai {link} va cung cap so the, ngay het han, ma CVV."),
    ("fake_bank_otp", "Ngân hàng đang nâng cấp lên hệ thống mới, khách hàng nào không xác nhận sẽ mất tiền trong tài khoản. Vui lòng gửi tên đăng nhập, mật khẩu và mã OTP qua Zalo {phone} để được hỗ trợ."),
    # --- fake VNeID / electricity / tax / social insurance (seed 001, 000 (1)) ---
    ("fake_vneid", "Cán bộ công an phường thông báo: tài khoản định danh điện tử mức 2 của ông/bà chưa được chuẩn hóa. Tải bản VNeID mới tại {link} (file .apk) và làm theo hướng dẫn để không bị khóa."),
    ("fake_vneid", "Chú ơi con là cán bộ hỗ trợ làm VNeID ở phường, chú cho con xin ảnh 2 mặt CCCD và mã số gửi về máy để con kích hoạt mức 2 giúp chú nhé."),
    ("fake_vneid", "Hệ thống dân cư: thông tin cư trú của bạn bị sai lệch, cần tích hợp lại trước {day}. Cài ứng dụng 'DichVuCong' từ {link}, cấp quyền trợ năng để hệ thống tự cập nhật."),
    ("fake_electricity", "Điện lực {city} thông báo: hộ gia đình của quý khách còn nợ tiền điện {amt}. Nếu không thanh toán trong 2 giờ tới, nhân viên sẽ cắt điện. Thanh toán ngay tại {link}."),
    ("fake_electricity", "EVN hoàn tiền điện do tính sai chỉ số tháng trước. Quý khách kết bạn Zalo {phone} để nhân viên hướng dẫn cài phần mềm nhận tiền hoàn."),
    ("fake_tax", "Cục Thuế thông báo: mã số thuế cá nhân của ông/bà có sai sót, sẽ bị phạt chậm nộp. Cài ứng dụng eTax Mobile bản cập nhật tại {link} để quyết toán ngay."),
    ("fake_tax", "Chi cuc thue goi den: ho kinh doanh cua anh chua nop thue khoan quy nay {amt}, nop qua stk {stk} ten nguoi nhan CHI CUC THUE de tranh bi cuong che."),
    ("fake_social_insurance", "BHXH thông báo: bạn được hưởng trợ cấp một lần {amt}. Để nhận, vui lòng đăng nhập cổng {link} bằng tài khoản ngân hàng và xác nhận OTP."),
    ("fake_social_insurance", "Bảo hiểm xã hội huyện gọi: sổ BHXH của bà đang bị người khác sử dụng trục lợi, chúng tôi sẽ chuyển máy cho công an để bà trình báo, bà chuẩn bị số tài khoản và số dư nhé."),
    # --- hacked / fake social accounts, deepfake (seed 000 (3)) ---
    ("hacked_borrow", "Ê mày, tao đang kẹt tí, chuyển giúp tao {amt} vào stk {stk} này, tên chủ tk là bạn tao, tối tao trả liền. Đang họp ko nghe máy được."),
    ("hacked_borrow", "Chị ơi em nhờ chị mua giúp em 5 thẻ cào Viettel mệnh giá 500k rồi chụp mã gửi em nha, em đang ở ngoài không mua được, mai em gửi lại tiền."),
    ("deepfake_call", "Em vừa gọi video cho anh thấy mặt em rồi đó, mạng yếu nên tắt. Anh chuyển gấp {amt} vào tài khoản {stk} giúp em, bên bệnh viện đòi đóng ngay."),
    ("deepfake_call", "Mẹ ơi con đây, con gọi video mà mẹ không nghe. Con bị giữ ở sân bay vì hành lý, mẹ gửi {amt} cho số tài khoản của anh hải quan {stk} để con được về."),
    ("fake_boss", "Anh Tuấn giám đốc đây. Em chuyển trước {amt} cho đối tác theo stk {stk}, anh đang đi họp ở Bộ không tiện nghe máy. Việc gấp, đừng báo kế toán trưởng."),
    # --- relatives in hospital / accident / child in hospital (seed 000 (1)) ---
    ("fake_hospital", "Alo chị có phải mẹ cháu {name} không, tôi là bác sĩ khoa cấp cứu bệnh viện tỉnh. Cháu bị tai nạn giao thông chấn thương sọ não, cần mổ gấp, chị chuyển khoản trước {amt} tiền tạm ứng vào tài khoản {stk} của bệnh viện."),
    ("fake_hospital", "Chồng chị bị tai nạn đang nằm viện, tôi là người đưa anh ấy vào. Viện bảo phải đóng {amt} mới mổ, chị ck nhanh vào stk {stk}, tôi gửi hóa đơn sau."),
    ("child_hospital", "Phụ huynh bé {name} lớp 3A ạ, cô là giáo viên chủ nhiệm. Bé bị ngã cầu thang đang cấp cứu, thầy Hiệu trưởng đang ở viện với bé, phụ huynh liên hệ thầy số {phone} và chuyển gấp tiền viện phí nhé."),
    ("child_hospital", "Con chi bi ngat o truong, dang cap cuu tai benh vien nhi. Bac si can chuyen {amt} de lam thu thuat ngay, chi chuyen vao tai khoan {stk} roi len vien sau."),
    # --- investment / crypto / stock groups (seed 000 (4)) ---
    ("invest_crypto", "Sàn giao dịch coin quốc tế, lãi 3-5%/ngày, rút tiền trong 5 phút. Nạp tối thiểu {amt}, chuyên gia hướng dẫn 1-1. Đăng ký tại {link}."),
    ("invest_crypto", "Hôm qua em lãi 18 triệu nhờ theo lệnh của thầy. Anh muốn thử thì nạp vào ví USDT theo link {link}, em bảo thầy kéo anh vào nhóm VIP {chat}."),
    ("invest_forex", "Chị nạp thêm {amt} nữa để nâng cấp tài khoản lên VIP mới rút được lợi nhuận, hệ thống đang khóa lệnh rút vì tài khoản dưới hạn mức."),
    ("invest_stock", "Nhóm chứng khoán 'Cổ phiếu đỏ' phím hàng miễn phí, cam kết lãi 30%/tháng. Đóng phí tham gia phòng VIP {amt}, chuyển vào stk {stk}."),
    ("invest_land", "Dự án đất nền ven biển, chỉ cần cọc {amt} giữ chỗ giá gốc, 3 tháng lãi gấp đôi. Anh chuyển cọc qua tài khoản cá nhân {stk} của em để kịp suất cuối."),
    ("invest_gold", "Dau tu vang online, moi ngay nhan hoa hong 2%, gioi thieu nguoi than nhan them 10%. Nap von qua app tai {link}, toi thieu {amt}."),
    # --- online jobs / tasks / like for money / CTV (seed 000 (5)) ---
    ("online_task", "Công việc online tại nhà: thả tim, like video TikTok, mỗi nhiệm vụ 50k. Nhiệm vụ thứ 3 cần ứng trước {amt}, hoàn tiền kèm hoa hồng 30%. Liên hệ qua {chat}."),
    ("online_task", "Chúc mừng bạn hoàn thành 2 nhiệm vụ! Để nhận {amt} tiền công, bạn cần làm nhiệm vụ combo: chuyển {amt} vào stk {stk}, sau 5 phút hoàn gốc + thưởng."),
    ("online_task", "Ban lam sai thao tac nen tai khoan bi dong bang. Nop them {amt} phi mo khoa de rut toan bo tien ve, neu khong se mat het so tien da nap."),
    ("like_job", "Tuyển CTV đánh giá 5 sao cho shop trên Google Maps, 20 phút kiếm 300k. Không cần kinh nghiệm, chỉ cần điện thoại. Inbox Zalo {phone}, cọc tài khoản {amt} để được cấp nhiệm vụ."),
    ("ctv_shopping", "Làm cộng tác viên Shopee đặt đơn ảo, nhận hoa hồng 15% mỗi đơn. Bạn thanh toán trước giá trị đơn {amt} vào stk {stk}, hệ thống hoàn lại sau 10 phút."),
    ("online_task", "Viec nhe luong cao cho me bim sua: dan nhan, xem video, thu nhap 500k-1tr/ngay. Them zalo {phone}, dong phi tai lieu {amt} la bat dau duoc luon."),
    # --- online shopping / fake shipper COD (seed 000 (6)) ---
    ("fake_shipper", "Shipper đây chị ơi, đơn hàng của chị ship COD {amt}, em để ở cổng rồi. Chị chuyển khoản vào stk {stk} giúp em nha, em đang vội đi đơn khác."),
    ("fake_shipper", "Đơn hàng của bạn giao không thành công do sai địa chỉ. Vui lòng cập nhật địa chỉ và thanh toán phí giao lại 15.000đ tại {link}."),
    ("fake_post_contraband", "Bưu điện thông báo: bưu phẩm gửi tên ông/bà có chứa ma túy và thẻ ngân hàng giả, đã chuyển công an. Ông/bà liên hệ cán bộ điều tra {phone} để giải trình, không được báo người thân."),
    ("fake_shop", "Shop thanh lý iPhone 15 Pro Max giá 4tr, hàng xách tay. Chốt đơn phải cọc trước {amt} qua stk {stk}, không cọc không giữ hàng nha khách."),
    ("fake_refund_shop", "Xin chào, em là CSKH sàn TMĐT. Đơn hàng của chị bị lỗi thanh toán 2 lần, em hoàn tiền cho chị, chị bấm {link} và nhập số thẻ + mã OTP để nhận hoàn tiền ạ."),
    # --- online loans / mistaken transfers (seed 000 (7)) ---
    ("online_loan", "Vay tiêu dùng online không thế chấp, không thẩm định, giải ngân 30 phút, chỉ cần CCCD. Hồ sơ đã duyệt {amt}, đóng phí bảo hiểm khoản vay 10% vào stk {stk} để giải ngân."),
    ("online_loan", "Hồ sơ vay của bạn bị sai số tài khoản nên khoản giải ngân bị đóng băng. Nộp {amt} phí xác minh để mở băng, sau đó tiền vay sẽ về ngay."),
    ("online_loan", "vay nhanh 50tr chi can cccd, ko can chung minh thu nhap, no xau van vay dc. tai app tai {link} dang ky trong 5p"),
    ("mistaken_transfer", "Em xin lỗi em chuyển nhầm vào tài khoản của anh {amt}, anh kiểm tra giúp em rồi chuyển lại vào stk {stk} này giúp em với, tiền em đóng viện phí cho mẹ ạ."),
    ("mistaken_transfer", "Công ty tài chính thông báo: khoản vay {amt} đã giải ngân vào tài khoản của bạn ngày {day}. Bạn chưa thanh toán nên bị tính lãi phạt, chuyển trả ngay để tránh bị gọi điện cho người thân."),
    # --- fake charity (seed 000 (8)) ---
    ("fake_charity", "Quỹ từ thiện Ánh Sáng kêu gọi ủng hộ bé Na 5 tuổi bị ung thư máu, gia đình rất khó khăn. Mọi tấm lòng xin gửi về stk {stk} chủ tài khoản Nguyen Van T (bố bé). Xin chia sẻ!"),
    ("fake_charity", "Đồng bào vùng lũ đang cần giúp đỡ gấp, nhóm thiện nguyện chúng tôi nhận ủng hộ qua tài khoản cá nhân {stk}, sao kê công khai sau. Chuyển ngay hôm nay kịp chuyến xe cứu trợ."),
    # --- romance / gifts / shipping fees (seed 000 (9)) ---
    ("romance_gift", "Em yêu, anh đã gửi cho em một thùng quà gồm iPhone, túi xách và 50.000 USD tiền mặt. Hải quan sân bay giữ lại, em đóng phí thông quan {amt} cho nhân viên theo stk {stk} để nhận nhé."),
    ("romance_invest", "Anh là kỹ sư dầu khí làm việc ở London, anh rất quý em. Anh có người chú làm ở sàn đầu tư, em mở tài khoản theo link {link} anh sẽ chỉ em cách kiếm tiền để sau này mình cưới nhau."),
    ("prize_fee", "Chúc mừng quý khách trúng thưởng xe máy SH trong chương trình tri ân khách hàng. Để nhận giải, vui lòng nộp phí trước bạ và vận chuyển {amt} vào tài khoản {stk}."),
    ("prize_fee", "Chuc mung so dien thoai cua ban trung giai nhat 100 trieu tu chuong trinh quay so. Lien he {phone} va dong thue thu nhap ca nhan {amt} truoc khi nhan giai."),
    ("prize_fee", "Bạn là khách hàng may mắn nhận quà tặng nồi chiên không dầu. Chỉ cần thanh toán phí ship {amt} tại {link}, quà gửi trong 2 ngày."),
    # --- SIM / telecom ---
    ("sim_upgrade", "Nhà mạng thông báo: SIM 3G của quý khách sẽ ngừng hoạt động từ {day}. Soạn cú pháp theo hướng dẫn của nhân viên để nâng cấp lên SIM 4G miễn phí, đọc mã xác nhận cho tổng đài viên."),
    ("sim_upgrade", "Chị ơi em bên Viettel, SIM chị chưa chuẩn hóa thông tin nên sẽ bị khóa 2 chiều trong 24h. Chị chụp mặt trước sau CCCD và gửi mã số vừa nhận được qua Zalo cho em nhé."),
    ("sim_esim", "Quý khách được đổi eSIM miễn phí. Truy cập {link}, nhập số điện thoại và mã OTP để kích hoạt, SIM vật lý cũ sẽ tự hủy."),
    # --- accounts locked ---
    ("account_locked", "Tài khoản Facebook của bạn đã vi phạm tiêu chuẩn cộng đồng và sẽ bị vô hiệu hóa sau 24h. Kháng nghị tại {link} bằng cách nhập mật khẩu và mã 2FA."),
    ("account_locked", "Zalo cua ban bi khoa do co nguoi bao cao. De mo khoa, gui ma 6 so vua nhan duoc qua tin nhan cho bo phan ho tro nay."),
    ("account_locked", "Ví điện tử của bạn đã bị khóa do nghi ngờ gian lận. Liên hệ {phone} để mở khóa, nhân viên sẽ yêu cầu xác minh bằng cách chuyển {amt} vào tài khoản trung gian."),
    # --- recovering scammed money ---
    ("recover_money", "Bạn bị lừa đảo qua mạng? Văn phòng luật sư chúng tôi phối hợp với công an lấy lại 100% tiền, chỉ thu phí sau. Trước tiên đóng phí hồ sơ {amt} qua stk {stk}."),
    ("recover_money", "Nhóm hacker mũ trắng hỗ trợ thu hồi tiền bị lừa từ các sàn ảo. Cung cấp thông tin giao dịch và đóng phí kỹ thuật {amt}, 48h tiền về tài khoản."),
    # --- travel / tickets / hotel ---
    ("fake_ticket", "Vé máy bay giá rẻ Tết, đại lý cấp 1. Chị chuyển khoản {amt} giữ chỗ vào tài khoản {stk}, 30 phút sau em gửi mã đặt chỗ."),
    ("fake_hotel", "Resort Ngọc Biển xác nhận đặt phòng combo 3N2Đ cho anh. Anh thanh toán 100% qua tài khoản kế toán {stk} để được giá ưu đãi, chuyển khoản muộn sẽ mất phòng."),
    ("fake_ticket", "ban ve tau tet con 2 ve giuong nam, inb minh nhe, ck truoc {amt} minh gui anh ve lien"),
    # --- fake apps / APK / links ---
    ("fake_app", "Cài ứng dụng 'Hỗ trợ người dân' tại {link} để nhận trợ cấp, bật quyền trợ năng và quyền đọc tin nhắn khi được hỏi."),
    ("fake_app", "Dịch vụ công trực tuyến mới: tải file DVC.apk về máy và cài đặt, nhập mật khẩu ngân hàng để liên kết thanh toán phí."),
    # --- study abroad, labour export, child models (seed 001) ---
    ("study_abroad", "Học bổng du học Nhật 100%, bao đỗ visa, chỉ cần đóng trước phí hồ sơ {amt}. Số lượng có hạn, phụ huynh chuyển vào stk {stk} trong tuần này để giữ suất."),
    ("labour_export", "Tuyển lao động đi Hàn, Nhật không cần tiếng, bay nhanh 1 tháng, lương 40tr. Đặt cọc {amt} qua tài khoản cá nhân anh {name} để được xếp lịch phỏng vấn."),
    ("child_model", "Bé nhà chị rất ăn ảnh, bên em đang tuyển mẫu nhí chụp quảng cáo cát-xê 3 triệu/buổi. Chị đóng phí làm hồ sơ và chụp ảnh thẻ mẫu {amt} để bé được duyệt vòng casting nha."),
    ("child_model", "Chuc mung be da qua vong so tuyen mau nhi! Phu huynh lam nhiem vu ho tro nhan hang: chuyen {amt} vao stk {stk}, nhan lai {amt} + thuong 20% de duoc vao vong trong."),
    ("fake_teacher", "Cô giáo đây ạ. Trường thu tiền quỹ hội phụ huynh và tiền học thêm kỳ 2 là {amt}, các phụ huynh chuyển khoản vào số tài khoản cá nhân mới của cô {stk}, số cũ bị lỗi rồi."),
    ("fake_insurance", "Hợp đồng bảo hiểm nhân thọ của anh đã đáo hạn, anh được nhận lại {amt}. Anh làm theo hướng dẫn trên app tại {link} và cung cấp mã OTP để giải ngân."),
    ("fake_lottery", "Soi cau xo so bao trung 100%, dong phi thanh vien {amt} nhan so moi ngay. Zalo {phone}."),
    ("fake_police", "Đây là tin nhắn từ Công an tỉnh. Chị đừng hoảng, chỉ cần làm theo: ra ngân hàng rút hết tiền tiết kiệm, gửi vào tài khoản an toàn {stk} mà cán bộ cung cấp. Không nói với nhân viên ngân hàng lý do."),
    ("fake_bank_otp", "a oi e la nv ngan hang {bank}, tk cua a dang bi tru tien tu dong, a doc e ma otp moi gui ve de e chan lai nhe, nhanh ko la mat tien"),
    ("fake_bank_link", "[{bank}] Tai khoan cua Quy khach da dang nhap tren thiet bi la luc 02:14. Neu khong phai Quy khach, huy ngay tai {link}"),
    ("fake_concert", "Pass lại 2 vé concert hạng VIP do bận việc, giá gốc. Bạn chuyển khoản trước {amt} mình gửi QR vé qua email, mình uy tín có cả nhóm xác nhận."),
    ("hacked_borrow", "Bác ơi cháu là Hùng con ông Tư đây, cháu đang ở bệnh viện không có tiền đóng, bác ck giúp cháu {amt} vào stk {stk} được không, tối cháu gửi lại bác."),
    ("fake_tax_refund", "Quý khách được hoàn thuế TNCN {amt}. Để nhận tiền hoàn, truy cập {link}, điền số tài khoản, mật khẩu internet banking và mã OTP."),
    ("fake_telecom_lock", "Thue bao cua quy khach se bi khoa 2 chieu sau 2h do chua xac thuc chinh chu. Nhan phim 1 de gap tong dai vien, hoac goi {phone}."),
    ("fake_police_video", "Chị bật camera lên, cán bộ mặc sắc phục đang làm việc với chị. Chị vào phòng kín, đóng cửa, không cho ai biết, mở ứng dụng ngân hàng ra để đối chiếu số dư."),
    ("deepfake_call", "Con đây mẹ, con gọi video rồi đấy, giờ con bận không nói được lâu. Con cần mẹ chuyển {amt} gấp cho bạn con số {stk}, chuyện này đừng kể với bố."),
    ("invest_crypto", "Chào bạn, bạn là thành viên mới của nhóm nên được tặng 100 USDT. Để rút, bạn nạp thêm {amt} kích hoạt ví, rút về ngân hàng trong 10 phút."),
    # --- short ones ---
    ("hacked_borrow", "ck gấp cho e {amt} vào stk {stk} nhé, tí e gửi lại"),
    ("fake_bank_link", "TK cua ban bi khoa. Mo lai: {link}"),
    ("fake_police", "Công an đây. Anh nghe máy ngay, nếu không sẽ bị khởi tố."),
    ("online_task", "Nạp {amt} làm nhiệm vụ, nhận lại gấp đôi sau 5 phút."),
    ("fake_bank_otp", "Đọc mã OTP vừa gửi về máy cho em để hoàn tất hủy giao dịch nhé chị."),
    ("prize_fee", "Ban trung 1 iPhone 16. Phi ship 30k, thanh toan tai {link}"),
]
