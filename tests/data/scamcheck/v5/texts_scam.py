# SPDX-License-Identifier: GPL-3.0-or-later
"""v5 scam templates (label "scam"): a harmful request is made (money, fee, card, code,
document, app, link, screen share, SIM ...). Written for v5 from the seed directives 000/001
and issue 16 only. Slots: {amt} {small} {stk} {phone} {code} {bank} {name} {city} {day}
{link} {chat} {form} {order}. A text with no diacritics at all was written that way by its
author and gets only nodiac / teen variants."""

SCAM = [
    # ---- fake police / procuracy / court (seed 000 (1)) ---------------------------------
    ("fake_police_video",
     "Chào chị, tôi là Đại úy Lê Quang Minh, Phòng Cảnh sát hình sự Công an tỉnh {city}. "
     "Chị kết bạn Zalo số {phone} để tôi gọi video làm việc trực tuyến, chị chuẩn bị sẵn CCCD, "
     "sổ tiết kiệm và app ngân hàng trên điện thoại nhé."),
    ("fake_police_secret",
     "Anh Khoa, cơ quan điều tra đang xác minh một đường dây rửa tiền có dùng tên anh. Anh vào "
     "phòng kín, gọi lại video cho tôi qua số {phone}, không được cúp máy và không nói với vợ con, "
     "nếu lộ thông tin anh sẽ bị xử lý tội tiết lộ bí mật điều tra."),
    ("fake_procuracy_hold",
     "VIỆN KIỂM SÁT NHÂN DÂN tỉnh {city}: Ông/bà có liên quan vụ án số 118/HS. Để chứng minh tài "
     "sản hợp pháp, đề nghị nộp {amt} vào tài khoản tạm giữ {stk} tại {bank} do cơ quan điều tra "
     "quản lý, sau khi xác minh xong sẽ hoàn trả đầy đủ."),
    ("fake_court_summons",
     "Toa an nhan dan quan 7 gui giay trieu tap lan 2 den ong/ba ve vu tranh chap no the tin dung. "
     "Lien he thu ky toa {phone} de nhan ban dien tu va dong phi tong dat {small} truoc 16h hom nay"),
    ("fake_police_rank",
     "Tôi Trung tá Phạm Văn Tiến, Cục Cảnh sát hình sự Bộ Công an. Số CCCD của bác bị kẻ gian dùng "
     "mở tài khoản. Bác ra ngân hàng rút hết sổ tiết kiệm, chuyển sang tài khoản an toàn của Bộ để "
     "bảo vệ tài sản, xong tôi gửi giấy xác nhận."),
    ("fake_police_phone_handover",
     "Chú ơi con là cán bộ công an phường đây, chú cho con xin ảnh CCCD 2 mặt với mã 6 số vừa gửi "
     "về máy chú để con hoàn tất định danh giúp chú nha, không là bị khóa tài khoản ngân hàng đó chú"),
    ("fake_police_app",
     "Công an tỉnh {city} thông báo: ông/bà có đơn tố giác chưa xử lý. Tải ứng dụng Bộ Công an tại "
     "{link} và cấp quyền trợ năng để cán bộ kiểm tra hồ sơ online. Mọi thắc mắc liên hệ {phone}."),
    # ---- VNeID / public service (seed 001) -------------------------------------------
    ("fake_vneid_screen",
     "Bác ơi cháu bên tổ công tác định danh đây ạ, hồ sơ VNeID mức 2 của bác bị lỗi ảnh. Bác bấm "
     "vào {link} cài bản cập nhật rồi bật chia sẻ màn hình để cháu hướng dẫn từng bước ạ."),
    ("fake_vneid_sms",
     "BO CONG AN: Thong tin cu tru cua ban chua dong bo, VNeID se bi vo hieu hoa sau 24h. "
     "Cap nhat ngay: {link}"),
    ("fake_vneid_fee",
     "Chị ơi để làm lại căn cước gắn chip nhận tại nhà thì chị đóng lệ phí làm nhanh {small} qua "
     "số tài khoản cán bộ phụ trách {stk} {bank}, ghi nội dung họ tên + ngày sinh là được nha."),
    # ---- bank, OTP, fake banking sites (seed 000 (2) and the OTP paragraph) ------------
    ("fake_bank_biometric",
     "[{bank}] Tai khoan cua Quy khach se bi tam khoa do chua cap nhat sinh trac hoc theo quy dinh "
     "moi. Hoan tat tai {link} de tranh gian doan giao dich."),
    ("fake_bank_otp_read",
     "Chị ơi em bên {bank} gọi lại nè, hệ thống vừa gửi 1 dãy 6 số về máy chị đó, chị đọc em "
     "nghe để em hủy cái giao dịch lạ đang trừ {amt} của chị nha, nhanh kẻo nó trừ luôn."),
    ("fake_bank_cancel_code",
     "Mã vừa gửi về máy anh chỉ là mã hủy gói phí thường niên thôi ạ, không phải OTP đâu. Anh đọc "
     "giúp em 6 số đó và mật khẩu đăng nhập app là xong, từ tháng sau không bị trừ tiền nữa."),
    ("fake_bank_points",
     "{bank}: 12.500 diem thuong cua Quy khach se het han vao {day}. Doi diem lay qua hoac tien mat "
     "tai {link} truoc khi bi huy."),
    ("fake_credit_limit",
     "Chúc mừng chị được duyệt nâng hạn mức thẻ tín dụng lên 80 triệu 🎉 Chị chụp giúp em 2 mặt "
     "thẻ và đọc mã CVV 3 số phía sau để em hoàn tất hồ sơ trong hôm nay nhé."),
    ("fake_bank_card_handover",
     "Thẻ ATM của bác hết hạn rồi, bác bỏ thẻ cũ vào phong bì kèm giấy ghi mã PIN, lát có nhân viên "
     "ngân hàng ghé nhà lấy đổi thẻ mới miễn phí ạ, bác khỏi ra quầy."),
    ("fake_bank_login",
     "VCB-Digibank: Phat hien dang nhap tren thiet bi la (iPhone 15, {city}). Neu khong phai ban, "
     "dang nhap {link} de khoa thiet bi ngay"),
    # ---- telecom / SIM (seed 000 (1)) -------------------------------------------------
    ("fake_telecom_sim_lock",
     "Nha mang thong bao: thue bao cua quy khach se bi khoa 2 chieu trong 2h do chua chuan hoa. "
     "Vui long gui anh CCCD 2 mat va anh chan dung qua Zalo {phone} de duoc cap nhat mien phi"),
    ("fake_telecom_esim",
     "Dạ em ở tổng đài nhà mạng, anh được nâng cấp SIM 5G miễn phí. Anh soạn tin theo cú pháp "
     "em đọc rồi gửi đến 9123, sau đó đọc cho em mã xác nhận vừa nhận để em kích hoạt eSIM ạ."),
    ("fake_telecom_fee",
     "Chúc mừng thuê bao {phone} trúng gói data 120GB miễn phí 12 tháng. Để kích hoạt vui lòng "
     "nạp thẻ cào {small} và nhắn mã thẻ cho tổng đài viên qua Zalo này."),
    # ---- post / shipper ---------------------------------------------------------------
    ("fake_post_drugs",
     "Bưu điện {city} thông báo: bưu phẩm gửi đứng tên ông/bà bị giữ lại do có thẻ ATM và ma túy "
     "bên trong. Bấm phím 9 để gặp cán bộ điều tra, ông/bà cần chứng minh tài khoản không liên quan "
     "bằng cách kê khai số dư theo hướng dẫn."),
    ("fake_shipper_cod",
     "Dạ anh ơi em shipper, đơn của anh em để ở chỗ bảo vệ rồi, anh ck giúp em {small} tiền thu hộ "
     "vô stk {stk} {bank} nha, em chạy đơn khác gấp 😅"),
    ("fake_shipper_redeliver",
     "GHN: Don hang {order} giao that bai do sai dia chi. Vui long cap nhat va thanh toan phi giao "
     "lai 15.000d tai {link} trong 24h, qua han don se bi hoan"),
    ("fake_customs_parcel",
     "Hải quan sân bay Tân Sơn Nhất: kiện quà tặng từ nước ngoài gửi cho chị đang bị tạm giữ do "
     "vượt định mức. Chị cần đóng thuế và phí thông quan {amt} vào tk {stk} trong hôm nay để nhận hàng."),
    # ---- electricity / water / tax / insurance ---------------------------------------
    ("fake_electricity_cut",
     "EVN: Quy khach no tien dien 2 ky, dien se bi cat luc 17h hom nay. Thanh toan ngay {small} "
     "qua {link} hoac goi {phone} de duoc ho tro"),
    ("fake_electricity_refund",
     "Điện lực {city} hoàn lại tiền điện thu thừa tháng 10 cho hộ gia đình. Ông bà cài ứng dụng "
     "EVN CSKH bản mới tại {link}, đăng nhập bằng tài khoản ngân hàng để nhận hoàn tiền."),
    ("fake_water",
     "Cty cap nuoc: Ho gia dinh nop cham tien nuoc 3 thang, se ngung cap nuoc ngay mai. Lien he "
     "nhan vien thu {phone} chuyen khoan {small} ngay hom nay de duoc mo lai"),
    ("fake_tax_refund",
     "Tổng cục Thuế: ông/bà được hoàn thuế TNCN năm 2025 số tiền {amt}. Để nhận, tải eTax bản mới "
     "tại {link} và xác thực bằng khuôn mặt theo hướng dẫn."),
    ("fake_social_insurance",
     "Em chào cô, em bên bảo hiểm xã hội quận. Cô được nhận BHXH một lần {amt} nhưng hồ sơ thiếu "
     "chữ ký số, cô đóng phí làm chữ ký số {small} rồi em giải ngân về tài khoản cô luôn ạ."),
    ("fake_health_insurance",
     "BHYT của bác bị trùng mã, nếu không cập nhật thì đi khám sẽ phải trả 100%. Bác cho cháu xin "
     "số tài khoản ngân hàng và mã OTP gửi về máy để cháu đồng bộ với hệ thống ạ."),
    # ---- hacked / fake social accounts, deepfake (seed 000 (3)) -----------------------
    ("hacked_borrow_short", "e oi ck giup a 2tr vo stk {stk} {bank}, toi a tra nha. gap lam"),
    ("hacked_borrow_cards",
     "Bác ơi cháu Tuấn đây, cháu đổi số. Bác ra tiệm mua giúp cháu 5 cái thẻ cào Viettel loại 500k "
     "rồi cào chụp mã gửi qua đây cho cháu với, cháu cần gấp, tối cháu gửi lại tiền bác."),
    ("hacked_borrow_friend_acc",
     "Chụy ơi cho em mượn 3tr5 đóng học phí hông, app em bị khóa rồi, chị chuyển vô tk bạn em nha "
     "{stk} {bank} tên {name} 🙏🙏 mai em trả liền"),
    ("hacked_borrow_zalo_long",
     "Ông ơi tui nè / tui đang ở bệnh viện Chợ Rẫy với bà xã, tiền mặt mang theo hết rồi mà thẻ "
     "quẹt hông được / ông ứng trước cho tui 7 triệu đóng viện phí nha / chuyển vô tk của em vợ tui "
     "{stk} {bank} / chiều tui về gửi ông liền, đừng điện lại tui đang trong phòng mổ ồn lắm"),
    ("deepfake_video_mom",
     "Mẹ ơi con đây, con vừa gọi video cho mẹ mà mạng yếu quá bị đứng hình. Con đang làm giấy tờ ở "
     "ngân hàng bị thiếu {amt}, mẹ chuyển giúp con vào tk anh nhân viên {stk} nhé, đừng gọi con đang họp."),
    ("hacked_same_name_acc",
     "Anh chuyển vào tk tên Trần Minh Đức ở {bank} nha, đó là tk phụ em mới mở, tk chính đang bảo "
     "trì. Số {stk}. Tiền cọc lô hàng {amt} đó anh, chuyển xong chụp bill em."),
    ("hacked_vote",
     "Bạn ơi bình chọn giúp con mình cuộc thi vẽ tranh với, bấm link {link} đăng nhập bằng Facebook "
     "là vote được, cảm ơn bạn nhiều ❤️"),
    ("hacked_zalo_code",
     "Ơ mình lỡ đăng nhập Zalo mà nó gửi mã xác nhận sang số bạn, bạn đọc lại giúp mình mã 4 số đó "
     "với, mình đang cần vào gấp 🙏"),
    ("hacked_password",
     "Anh ơi em cần vào tài khoản Facebook quảng cáo của shop mà quên mật khẩu, anh cho em xin mật "
     "khẩu và mã 2 lớp gửi về máy anh nha, em vào 5 phút rồi out ra liền."),
    # ---- fake boss / colleague / teacher / hospital ------------------------------------
    ("fake_boss_pay",
     "Em Thảo ơi, anh đang họp với đối tác không nghe máy được. Em thanh toán hộ anh tiền cọc hợp "
     "đồng {amt} cho bên đối tác vào tài khoản {stk} {bank}, chiều anh về ký phiếu chi bù cho em."),
    ("fake_boss_cards",
     "Sếp đây, đang đi công tác cần tặng quà khách. Em mua giúp anh 10 thẻ Garena 500k, gửi mã thẻ "
     "qua Zalo anh, về công ty hoàn lại cho em. Giữ kín nha."),
    ("fake_teacher_hospital",
     "Chị ơi em là cô giáo chủ nhiệm của bé Na. Bé bị ngã cầu thang đang cấp cứu ở bệnh viện, bác sĩ "
     "cần mổ gấp, chị chuyển trước {amt} tạm ứng viện phí vào số tài khoản bác sĩ {stk} giúp em."),
    ("fake_teacher_fee",
     "Kính gửi PHHS lớp 4B, do tài khoản cũ của cô đang bị lỗi nên quý phụ huynh đóng tiền học thêm "
     "và quỹ lớp tháng 12 ({small}/em) vào tài khoản mới {stk} {bank} giúp cô trước thứ 6 nhé ạ."),
    ("fake_hospital_relative",
     "Alo chị có phải mẹ của em Hoàng không ạ, em là bác sĩ trực cấp cứu bệnh viện {city}, em Hoàng "
     "bị tai nạn xe máy đang hôn mê, gia đình đóng ngay {amt} để phẫu thuật, chị chuyển khoản cho em "
     "trước rồi lên sau."),
    # ---- investment, crypto, gambling (seed 000 (4)) ------------------------------------
    ("invest_vip_upgrade",
     "Chúc mừng chị đã lãi 32% phiên sáng nay 📈 Để rút được lợi nhuận về ngân hàng, hệ thống yêu cầu "
     "tài khoản đạt VIP2, chị nạp thêm {amt} là rút được cả gốc lẫn lãi ạ."),
    ("invest_frozen_tax",
     "Tài khoản của anh đang bị treo do thao tác sai lệnh. Theo quy định của sàn, anh cần đóng 20% "
     "thuế thu nhập và phí mở khóa trước khi rút, chuyển qua ví USDT tại {link}."),
    ("invest_stock_group",
     "Thầy vừa cho mã, 3 phiên tới tăng trần. Anh chị nào muốn vào lệnh theo thầy thì đóng phí hội viên "
     "kim cương 5 triệu vào tk trợ lý {stk} {bank}, hoàn phí nếu lỗ 🔥"),
    ("invest_crypto_mining",
     "Dự án đào coin AI lãi 2%/ngày, rút bất kỳ lúc nào. Gói khởi đầu 500$ (~13 triệu), bạn quét mã QR "
     "ví bên dưới hoặc nạp qua {link} để kích hoạt máy đào nha."),
    ("invest_gold_land",
     "Em nhận góp vốn đất nền ven biển, cam kết mua lại sau 6 tháng lãi 30%. Chỉ còn 2 suất, anh "
     "đặt cọc giữ chỗ 50 triệu vào tài khoản công ty {stk} trước 5h chiều nay nhé."),
    ("invest_betting",
     "nha cai uy tin nap 100k tang 200k, rut tien 5 phut, soi keo mien phi. nap qua stk {stk} {bank} "
     "ghi noi dung ma thanh vien roi gui bill cho admin"),
    ("invest_forex_expert",
     "Chào anh, em là trợ lý của chuyên gia Forex Mr. Kevin. Lệnh vàng tối nay chắc thắng 80%, "
     "anh nạp tối thiểu {amt} vào tài khoản giao dịch để em setup lệnh cùng team."),
    # ---- online jobs, tasks, CTV (seed 000 (5), 001) -------------------------------------
    ("task_recharge",
     "Nhiệm vụ 3 của bạn: nạp 1.500.000đ để nhận lại 1.950.000đ trong 5 phút. Sau khi chuyển vào "
     "{stk} {bank}, gửi ảnh bill cho CSKH để được cộng điểm nhé."),
    ("task_combo_stuck",
     "Ban da vao combo nhiem vu dac biet, phai hoan thanh 3 don lien tiep ({amt}) moi rut duoc tien. "
     "Neu dung giua chung tai khoan se bi dong bang. Chuyen khoan tiep don 2 nha"),
    ("task_like_tiktok",
     "Like video TikTok nhận 20k/lượt, đã thanh toán 3 nhiệm vụ đầu. Giờ bạn vào {chat} nhận nhiệm vụ "
     "tài trợ: nạp {small} trước, hoàn 130% sau 10 phút."),
    ("ctv_ecommerce_order",
     "Chào bạn, bạn là CTV chốt đơn Shopee đợt này. Bạn thanh toán trước giá trị đơn hàng {amt} vào tài "
     "khoản kho {stk}, hệ thống hoàn tiền + 15% hoa hồng cho bạn sau khi đơn xác nhận."),
    ("job_uniform_deposit",
     "Em đã trúng tuyển nhân viên kho lương 12 triệu. Trước khi nhận việc em đóng tiền đồng phục và "
     "thẻ nhân viên {small} vào stk {stk}, sau 1 tháng công ty trả lại vào lương."),
    ("job_typing_home",
     "Việc gõ văn bản tại nhà, ngày 300-500k. Bạn đóng phí tài liệu 199k để nhận file, làm xong nộp "
     "lại là được thanh toán. Chuyển khoản phí cho mình qua MoMo {phone} nha"),
    # ---- online shopping (seed 000 (6)) ----------------------------------------------
    ("shop_cheap_deposit",
     "iPhone 15 Pro Max xách tay còn zin giá 9tr5 thôi bạn ơi, hàng hot nên bạn cọc trước 2 triệu "
     "giữ máy, còn lại nhận hàng trả. STK {stk} {bank} chủ tk {name}"),
    ("shop_full_prepay",
     "Sale sập sàn nồi chiên 790k còn 199k, số lượng có hạn. Chị chuyển khoản 100% + 30k ship trước "
     "để shop lên đơn, không nhận COD do hàng giá gốc ạ. Quét mã QR trong ảnh nha chị"),
    ("seller_fake_buyer",
     "Chị ơi em chốt 200 hộp bánh nha, em đặt nhà xe quen rồi, chị chuyển giúp em phí vận chuyển "
     "{small} cho nhà xe số {phone}, lúc nhận hàng em trả cả tiền hàng lẫn phí cho chị luôn."),
    ("seller_fake_refund",
     "Bên em là CSKH sàn TMĐT, đơn hàng của chị bị lỗi thanh toán 2 lần. Để hoàn tiền, chị bấm vào "
     "{link}, nhập số thẻ và mã OTP để hệ thống trả lại {small} vào thẻ ạ."),
    ("travel_tour_deposit",
     "Tour Phú Quốc 3N2Đ chỉ 990k/khách bao vé máy bay + resort 5 sao 🌴 Còn 4 suất cuối, anh chị "
     "chuyển khoản giữ chỗ 50% vào {stk} để bên em xuất vé nha"),
    ("travel_fake_ticket",
     "Vé máy bay Tết HN - SG giá 1tr2 khứ hồi, em có code nội bộ. Anh chuyển khoản trước cho em xuất "
     "vé, gửi em ảnh CCCD 2 mặt để em điền thông tin hành khách nhé."),
    # ---- loans, mistaken transfers (seed 000 (7)) -------------------------------------
    ("loan_insurance_fee",
     "Hồ sơ vay 50tr của quý khách đã được duyệt ✅ Để giải ngân, quý khách đóng phí bảo hiểm khoản vay "
     "1.200.000đ vào tài khoản thẩm định {stk} {bank}, tiền vay về tài khoản sau 15 phút."),
    ("loan_frozen",
     "Khoản vay của anh bị đóng băng do anh nhập sai số tài khoản nhận tiền. Anh nộp phí mở băng "
     "30% khoản vay để hệ thống sửa lại, nếu không sẽ bị kiện ra tòa vì vi phạm hợp đồng."),
    ("loan_app_install",
     "Vay online không thẩm định, không gặp mặt. Tải app {link}, chụp CCCD 2 mặt và cho app quyền "
     "đọc danh bạ để duyệt 20 triệu trong 5 phút"),
    ("mistaken_transfer_back",
     "Anh ơi em chuyển nhầm {amt} vào tk anh lúc sáng, đó là tiền viện phí của mẹ em 😭 anh chuyển "
     "lại giúp em vào số này {stk} {bank} nha, không phải số cũ đâu ạ"),
    ("mistaken_transfer_debt",
     "Ban nhan duoc {amt} tu app vay la khoan vay dung ten ban. Neu khong chuyen tra {amt} + phi vao "
     "tk {stk} trong hom nay, chung toi se goi cho nguoi than va noi lam viec cua ban"),
    ("recover_money",
     "Bạn bị lừa đảo qua mạng? Văn phòng luật sư hỗ trợ lấy lại tiền 100% trong 48h, có sự phối hợp "
     "của công an. Phí hồ sơ ban đầu {small}, liên hệ Zalo {phone} gửi bill giao dịch bị lừa."),
    # ---- charity (seed 000 (8)) ------------------------------------------------------
    ("fake_charity_qr",
     "💔 Bé Minh Anh 5 tuổi ung thư máu, gia đình đã bán hết nhà cửa. Mỗi tấm lòng dù 50k hay 100k "
     "cũng là hi vọng. Quét mã QR hoặc chuyển vào tk mẹ bé {stk} {bank}. Xin chia sẻ!"),
    ("fake_charity_flood",
     "Đoàn thiện nguyện Hướng Về Miền Trung kêu gọi ủng hộ bà con vùng lũ. Tài khoản tiếp nhận của "
     "trưởng đoàn {name} {stk}, sao kê công khai trên page sau mỗi chuyến."),
    # ---- romance and gifts (seed 000 (9)) ----------------------------------------------
    ("romance_gift_fee",
     "Honey, anh gửi em hộp quà có iPhone với 50.000 USD rồi nhé. Bên công ty vận chuyển sẽ gọi em, "
     "em chỉ cần đóng phí bảo hiểm kiện hàng {amt} là họ giao tận nhà. Love you ❤️"),
    ("romance_invest",
     "Em yêu, anh có mã nội bộ sàn vàng của chú anh, mình cùng đầu tư để sau này cưới nhau nha. Em mở "
     "tk ở {link} rồi nạp trước {amt}, anh chỉ em vào lệnh."),
    ("romance_emergency",
     "Anh bị giữ ở sân bay Nội Bài vì mang nhiều tiền mặt, hải quan phạt {amt}. Em chuyển giúp anh "
     "vào tài khoản cán bộ này {stk} để anh qua cửa rồi về gặp em liền, đừng nói ai nhé em."),
    # ---- prizes (seed 001) -----------------------------------------------------------
    ("prize_tax",
     "Chúc mừng Quý khách trúng thưởng xe SH 150i trong chương trình tri ân khách hàng. Vui lòng "
     "đóng 10% thuế thu nhập ({amt}) để nhận giải, chi tiết tại {link}"),
    ("prize_buy_orders",
     "Bạn đã trúng voucher 5 triệu từ Shopee Lucky Day 🎁 Để kích hoạt, hãy mua 3 đơn hàng kích hoạt "
     "qua trợ lý {chat}, sau đó được hoàn tiền kèm thưởng"),
    ("prize_gameshow",
     "chuc mung so thue bao cua ban trung giai nhi chuong trinh tro choi truyen hinh tri gia 120 trieu. "
     "goi {phone} gap thu ky de lam thu tuc va nop phi ho so"),
    # ---- study abroad, labour export, child models (seed 001) ------------------------
    ("study_abroad_deposit",
     "Chúc mừng em được học bổng 70% du học Hàn Quốc kỳ tháng 3. Để giữ suất em đặt cọc 30 triệu vào "
     "tk trung tâm {stk} trước {day}, hết hạn suất sẽ chuyển cho bạn khác."),
    ("labour_export_fee",
     "Đơn hàng Nhật Bản lương 35tr/tháng, bao đậu visa, bay nhanh sau 45 ngày. Anh nộp trước phí "
     "giữ đơn {amt} cho cán bộ tuyển dụng {name}, đủ số lượng là không nhận nữa."),
    ("child_model_task",
     "Chúc mừng bé nhà mình qua vòng casting mẫu nhí 🌟 Để vào vòng chụp hình, phụ huynh hoàn thành "
     "nhiệm vụ mua đơn giúp nhãn hàng {small}, hoàn lại 120% trong 10 phút qua {chat}."),
    # ---- app / remote control / documents / accounts -------------------------------------
    ("fake_app_remote",
     "Anh cài giúp em app TeamViewer hoặc UltraViewer trên máy rồi đọc ID với mật khẩu, em vào "
     "kiểm tra tài khoản ngân hàng của anh bị lỗi chỗ nào nha."),
    ("fake_app_apk",
     "Chương trình hỗ trợ người cao tuổi 2 triệu/tháng. Tải app tại {link}, mở cho phép cài đặt từ "
     "nguồn không xác định rồi đăng ký bằng tài khoản ngân hàng."),
    ("rent_bank_account",
     "Cần thuê tài khoản ngân hàng chính chủ 3tr/tháng, không ảnh hưởng gì. Bạn gửi ảnh CCCD 2 mặt, "
     "sim đăng ký tk và thẻ ATM qua grab cho mình, tiền trả trước nửa tháng."),
    ("kyc_docs_video",
     "Chị gửi em ảnh CCCD 2 mặt và ảnh chân dung cầm CCCD hoặc quay video khuôn mặt quay trái quay "
     "phải giúp em nha, để bên em xác minh hồ sơ nhận quà tri ân."),
    ("fake_facebook_locked",
     "Meta Support: Trang cua ban vi pham ban quyen va se bi xoa trong 24h. Khang nghi tai {link} "
     "va xac minh mat khau de giu trang"),
    ("fake_zalo_group_admin",
     "Chào anh chị trong nhóm 🙏 admin thông báo nhóm được tài trợ quà tết, ai muốn nhận bấm {link} "
     "nhập số điện thoại và mã OTP Zalo gửi về để xác nhận thành viên thật nha"),
    # ---- mixed / English / regional / elderly ---------------------------------------
    ("fake_bank_english",
     "Dear customer, your {bank} account has been suspended due to unusual activity. Pls verify "
     "tai {link} within 12h de tranh bi khoa vinh vien."),
    ("hacked_borrow_south",
     "Ê bà ơi tui nè, tui kẹt quá, bà ứng trước dùm tui 1tr5 nha, chuyển vô tk thằng em tui {stk} "
     "{bank} dzậy, tuần sau tui gửi bển cho bà liền, đừng điện lại tui đang ở chỗ ồn hông nghe được"),
    ("fake_police_elderly",
     "Bác Tư ơi công an xã đây. Nhà bác có liên quan vụ đất đai. Bác ra bưu điện gửi 20 triệu tiền "
     "bảo lãnh cho cán bộ tên {name} số {phone} nhé. Bác đừng nói ai kẻo lộ hồ sơ."),
    ("invest_short_teen",
     "sàn mới ra lãi x3 trong tuần nè ní, nạp min 500k qua {link} đi t dẫn kèo, lỡ là tiếc á"),
    ("task_rambling_zalo",
     "Dạ chị ơi em nói chị nghe nè / bên em đang cần người đánh giá 5 sao cho khách sạn trên Google / "
     "mỗi đánh giá 30k, làm 10 cái là 300k / mà để tránh tài khoản ảo chị phải nạp ký quỹ {small} "
     "trước / xong nhiệm vụ em hoàn hết cộng hoa hồng / chị chuyển vô {stk} {bank} nha chị, em gửi "
     "hướng dẫn ngay"),
    ("fake_police_or",
     "Ông/bà cần chuyển {amt} vào tài khoản kiểm tra của cơ quan công an hoặc nộp trực tiếp cho "
     "cán bộ đến nhà, và đọc mã OTP để đối chiếu số dư, nếu không sẽ bị khởi tố."),
    ("fake_evn_qr",
     "Điện lực: nhà mình nợ tiền điện tháng trước, anh quét mã QR này đóng {small} giúp em trong "
     "sáng nay nha, không em phải cắt điện theo lịch đó anh."),
    # ---- short ones, English mix, shapes (issue 16) ---------------------------------
    ("hacked_card_short", "c oi mua giup e 2 the cao 200k viettel r chup ma gui e nha, e gui lai sau"),
    ("hacked_otp_short", "Gửi anh cái mã OTP vừa nhận nhé, anh nhầm số đăng ký 😅"),
    ("fake_boss_en",
     "Hi em, anh đang ở airport, cần em transfer gấp {amt} cho supplier bên Singapore, account info "
     "anh để trong file này {link}. Urgent nha, đừng call anh đang boarding."),
    ("fake_relative_abroad",
     "Cậu ơi con Hải đây, con đang ở Nhật bị giữ vì visa quá hạn. Bên môi giới nói nộp {amt} tiền "
     "bảo lãnh thì con được thả, cậu đóng giùm con vào tk anh môi giới {stk} {bank}, đừng nói mẹ con."),
    ("fake_sim_handover",
     "Chị ơi chị tháo cái SIM đang đăng ký tk ngân hàng gửi qua grab cho em, em làm lại sinh trắc "
     "giúp chị rồi gửi lại liền, nhớ kẹp giấy ghi mật khẩu app luôn nha."),
    ("fake_traffic_fine",
     "Phiếu phạt nguội: xe của ông/bà vi phạm tốc độ ngày {day}. Nộp phạt {small} bằng cách quét mã QR "
     "đính kèm trước 17h để tránh bị tạm giữ phương tiện. Thắc mắc gọi {phone}."),
    ("hacked_elderly_relative",
     "Chú Ba đây. Chú đang nằm viện ở {city}. Con gửi giúp chú 3 triệu vào số tài khoản này {stk} "
     "{bank} nhé. Chú cảm ơn con. Đừng gọi, chú mệt không nghe được."),
    ("invest_seed_phrase",
     "Airdrop 500 USDT free cho holder 🚀 connect ví tại {link} rồi nhập seed phrase 12 từ để claim, "
     "hết slot là thôi nha anh em"),
    ("fake_insurance_payout",
     "Hợp đồng bảo hiểm nhân thọ của cô đã đáo hạn, cô được nhận {amt}. Để làm thủ tục chi trả cô "
     "đóng trước phí thẩm định hồ sơ {small} vào tài khoản nhân viên {stk}, em chuyển tiền về trong ngày ạ."),
    ("fake_teacher_qr",
     "Phụ huynh lớp 2C lưu ý: tiền in đề ôn thi học kỳ {small}/hs, phụ huynh quét mã QR cô gửi trong "
     "nhóm này, trước 20h tối nay cô chốt danh sách ạ. (tài khoản mới của cô)"),
    ("romance_rambling",
     "Em ơi anh kể em nghe / tuần trước anh gửi em thùng quà có cái túi với đồng hồ, anh gửi kèm ít tiền "
     "mặt để em mua vé ra thăm anh / giờ bên hải quan gọi nói hàng có tiền mặt nên phải đóng phí chống rửa "
     "tiền {amt} / em đóng giúp anh nha, anh hứa qua đó anh trả em gấp đôi / em đừng kể với ai, người ta "
     "ghen tị mình 😘"),
]
