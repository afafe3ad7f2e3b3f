# SPDX-License-Identifier: GPL-3.0-or-later
"""v5 opening moves (label "opening": the first step of a scam, no harmful request yet) and
genuine messages (label "benign") that use the same words for real reasons. Written for v5
from the seed directives 000/001/004 and issue 16 only. Same slots as texts_scam.py."""

OPENING = [
    # new number / are you there
    ("new_number", "Số mới của con nha mẹ, mẹ lưu lại giúp con, số cũ bị hư sim rồi."),
    ("new_number", "a oi so moi cua e day, luu lai nha. zalo cu e bi mat roi"),
    ("are_you_there", "ê có đó ko"),
    ("are_you_there", "Chị Hạnh ơi chị có rảnh không, em nhờ chút việc ạ 🙏"),
    ("are_you_there", "Anh đang ở đâu đó, nghe máy được không, em có chuyện gấp muốn nói riêng."),
    # befriending strangers, wrong number, old classmate
    ("befriend_stranger",
     "Chào bạn, mình thấy bạn trong nhóm Yoga Sài Gòn, bạn chia sẻ hay quá nên muốn kết bạn giao lưu nha 😊"),
    ("wrong_number_befriend",
     "Ủa xin lỗi em nhắn nhầm số 😅 mà anh ở đâu vậy, nói chuyện dễ thương ghê, làm quen được hông?"),
    ("old_classmate", "Ủa Lan phải hông, tui là bạn học cấp 3 nè, lâu quá hổng gặp, dạo này sao rồi?"),
    ("romance_first",
     "Hello em, anh là kỹ sư dầu khí người Việt đang làm ở Úc, thấy ảnh em hiền quá. Anh mới ly hôn, "
     "muốn tìm người nói chuyện nghiêm túc thôi."),
    ("romance_first_en",
     "Hi beautiful, I'm Daniel, a US army doctor on mission. Can we be friends? Mình nói chuyện qua "
     "WhatsApp được không em?"),
    # groups and chat links
    ("join_group",
     "Bạn đã được thêm vào nhóm \"Cộng đồng Đầu tư Thông minh 2026\". Vui lòng đọc nội quy và giới thiệu bản thân."),
    ("join_group_link", "Mời anh chị vào nhóm chia sẻ kiến thức chứng khoán miễn phí: {chat}"),
    ("chat_link_stranger", "Chào bạn, mình bên tuyển dụng, bạn nhắn mình qua Telegram {chat} để trao đổi thêm nhé"),
    ("form_link_stranger", "Khảo sát 2 phút nhận voucher 200k, điền form tại {form} nha bạn"),
    # unsolicited offers: job, loan, investment, study, labour, model
    ("job_offer", "Tuyển CTV làm tại nhà, 300-500k/ngày, chỉ cần điện thoại, không cần kinh nghiệm. Ib zalo {phone}"),
    ("job_offer",
     "tuyen nhan vien online lam 1-2h/ngay luong 8-15tr, uu tien me bim sua, sinh vien. ai quan tam de lai sdt"),
    ("task_offer", "Bạn có thời gian rảnh không? Công việc thả tim video 5-10 phút/ngày nhận 50-100k, thanh toán ngay"),
    ("loan_offer",
     "Vay tiêu dùng chỉ cần CCCD, không thế chấp, giải ngân trong 30 phút, lãi 0% tháng đầu. Gọi {phone}"),
    ("loan_offer", "ho tro vay nong 10-50tr no xau van vay duoc, duyet nhanh trong ngay, lien he zalo {phone}"),
    ("invest_teaser",
     "Chào anh, em là trợ lý chuyên gia Nguyễn Đức Minh, tuần này nhóm có 3 mã tiềm năng, anh có muốn "
     "nhận khuyến nghị miễn phí không ạ?"),
    ("invest_teaser", "Lãi 5%/ngày với robot AI trade coin, tháng rồi anh em trong nhóm x2 tài khoản 💰 ai muốn tìm hiểu cmt \"quan tâm\""),
    ("study_abroad_offer",
     "Học bổng du học Úc 100% học phí, không cần IELTS, hồ sơ xét duyệt trong 7 ngày. Phụ huynh nhắn tin để được tư vấn."),
    ("labour_export_offer", "Đơn hàng Hàn Quốc visa E9 bay ngay, lương 40tr, không cần tiếng. Ai có nhu cầu ib em nhé"),
    ("child_model_offer",
     "Bé nhà mình xinh quá chị ơi, bên em đang casting mẫu nhí cho nhãn hàng thời trang trẻ em, mẹ bé nhắn em để em gửi thông tin nhé"),
    ("prize_teaser", "Chúc mừng bạn được chọn là khách hàng may mắn tháng 12 🎁 Trả lời tin nhắn này để biết thêm chi tiết."),
    # authority / service first contact, no request yet
    ("authority_first",
     "Tôi là cán bộ Công an tỉnh {city}, cần trao đổi với anh về một vụ việc liên quan đến số điện "
     "thoại của anh. 15 phút nữa anh nghe máy số {phone} nhé."),
    ("authority_first",
     "Alo đây là tổng đài bưu điện, ông bà có một thư mời làm việc từ tòa án. Vui lòng giữ máy, cuộc gọi sẽ được chuyển."),
    ("bank_first", "Dạ em chào anh, em gọi từ bộ phận thẻ {bank}, anh đang có 1 ưu đãi nâng hạng thẻ, anh tiện nghe máy không ạ?"),
    ("mistaken_first", "Anh ơi hồi sáng em chuyển nhầm tiền vào tk anh, anh kiểm tra giúp em với ạ"),
    ("gift_first", "Chị ơi bên em có quà tri ân khách hàng cũ gửi về địa chỉ nhà chị, chị xác nhận tên người nhận giúp em nha"),
    ("travel_offer", "Săn vé máy bay Tết giá rẻ, combo khách sạn 5 sao chỉ từ 1tr5. Inbox page để được báo giá sớm!"),
    ("charity_first", "Mình đang đi thiện nguyện ở Hà Giang, các em nhỏ ở đây khổ lắm 😢 bạn có muốn chung tay không?"),
    ("hacked_first", "Bạn ơi mình nhờ bạn tí việc được không, đang ở ngoài không tiện gọi"),
    ("vneid_first",
     "Chào bác, cháu là cán bộ hỗ trợ định danh điện tử phường, hồ sơ của bác sắp hết hạn, bác có ở nhà "
     "không cháu gọi Zalo hướng dẫn ạ?"),
    ("dating_app_move", "Nói chuyện trên app này bất tiện quá, em cho anh xin Zalo hay Telegram nhé 😘"),
    ("job_call_first", "Chào bạn, hồ sơ của bạn trên TopCV đã được chọn vào vòng phỏng vấn online, bạn kết bạn Zalo {phone} với HR nhé"),
    ("ctv_first", "Shop đang tìm cộng tác viên xử lý đơn hàng cho sàn, làm trên điện thoại, hoa hồng 10-15% mỗi đơn. Bạn có quan tâm không?"),
    ("sextortion_first", "Hi anh, em buồn quá, anh có muốn gọi video nói chuyện với em tối nay không 🙈"),
    ("teen_short_hi", "alo b oi, cho mk hoi chut dc ko"),
    ("forex_group_add", "Anh vừa được mời vào nhóm VIP tín hiệu vàng XAU, link vào nhóm: {chat} (chỉ còn 20 chỗ)"),
    ("new_number", "Em là Thu nè chị, em đổi số rồi, chị xóa số cũ đi nha. Tối em nhắn chị chuyện này."),
    ("job_offer_en", "Hi, we are hiring remote part-time staff, thu nhập 500-800k/ngày, chỉ cần smartphone. Reply YES để HR liên hệ"),
    ("romance_rambling_first",
     "Chào em, anh tên Minh, anh thấy em comment trong nhóm nấu ăn hoài nên để ý / anh 42 tuổi, vợ mất "
     "3 năm rồi, có 1 đứa con gái đang học bên Mỹ / anh làm kinh doanh gỗ, hay đi công tác nên buồn lắm / "
     "em có phiền nếu anh nhắn tin làm quen không em?"),
    ("are_you_there", "Cô ơi con là Linh học trò cũ của cô nè, cô còn nhớ con hông? Con đổi Zalo mới á cô."),
]

BENIGN = [
    # ---- genuine bank SMS and notices that quote scam wording -------------------------
    ("bank_otp_real",
     "{bank}: Ma OTP cua Quy khach la {code}, hieu luc 3 phut. Tuyet doi KHONG cung cap ma nay cho bat ky ai, "
     "ke ca nhan vien ngan hang."),
    ("bank_balance",
     "TK {stkmask} -{vnd} luc 09:12 {day}. SD: 4,218,000VND. ND: chuyen tien hoc them cho con"),
    ("bank_warning",
     "{bank} khong bao gio yeu cau Quy khach cung cap OTP, mat khau, so the hay cai dat ung dung qua duong link. "
     "Hay goi tong dai in tren the khi nghi ngo."),
    ("bank_biometric_real",
     "Từ ngày 01/01, giao dịch trên 10 triệu cần xác thực sinh trắc học. Quý khách thực hiện trên ứng dụng "
     "{bank} chính thức tải từ App Store/CH Play hoặc tại quầy, ngân hàng không gửi đường link cập nhật."),
    ("bank_staff_appointment",
     "Chào anh, em là nhân viên quan hệ khách hàng chi nhánh {bank} ở phòng giao dịch gần nhà anh. Hồ sơ vay "
     "mua nhà của anh đã được duyệt, mời anh đến quầy ký hợp đồng thứ 5 này, nhớ mang CCCD bản gốc ạ. Em không "
     "nhận tiền hay giấy tờ qua Zalo."),
    ("bank_warning_quote",
     "CẢNH BÁO: Kẻ gian giả danh nhân viên ngân hàng gọi điện nói \"hệ thống vừa gửi mã 6 số, anh chị đọc giúp "
     "để hủy giao dịch\". Đây là mã OTP chuyển tiền. {bank} không bao giờ yêu cầu đọc mã."),
    ("card_delivered_real",
     "{bank}: The moi cua Quy khach da duoc giao den chi nhanh. Vui long mang CCCD den quay nhan the va tu dat ma PIN tai quay."),
    # ---- telecom, post, EVN, water, tax, insurance -----------------------------------
    ("telecom_real",
     "Viettel: Thue bao cua Quy khach chua chuan hoa thong tin. Vui long mang CCCD den cua hang Viettel gan nhat "
     "hoac cap nhat tren ung dung My Viettel. Viettel khong yeu cau gui anh giay to qua Zalo."),
    ("telecom_topup",
     "Quy khach da nap thanh cong 100.000d vao thue bao {phone}. Tai khoan chinh: 112.500d. Cam on Quy khach."),
    ("post_real",
     "VNPost: Buu gui {order} se duoc giao trong hom nay, thu ho COD 250.000d. Buu ta {name} se goi truoc khi den."),
    ("post_warning",
     "Bưu điện Việt Nam cảnh báo: nhân viên bưu điện không bao giờ gọi điện chuyển máy cho công an hay yêu cầu "
     "khách hàng chuyển tiền để chứng minh bưu phẩm không chứa ma túy."),
    ("shipper_real",
     "Chị ơi em giao hàng Shopee nè, đơn nồi cơm 690k chị thanh toán rồi nên em để ở bảo vệ nha, chị xuống lấy giúp em ạ."),
    ("shipper_cod_real",
     "a oi e ship hang tiki, don 2 cuon sach 185k tien mat hay ck deu dc a, e dang o duoi sanh"),
    ("evn_real",
     "EVNHCMC thong bao tien dien ky 11/2026 cua ma KH PE0400{code}: 512.340d. Thanh toan qua ung dung ngan hang hoac "
     "app EVNHCMC CSKH. EVN khong nhan tin yeu cau bam link de thanh toan."),
    ("evn_outage",
     "Điện lực {city} thông báo tạm ngừng cấp điện từ 7h30 đến 16h ngày {day} để bảo trì lưới điện khu vực phường 3. "
     "Mong quý khách thông cảm."),
    ("water_bill_real",
     "Cty Cap nuoc thong bao hoa don tien nuoc thang 11: 186.000d. Quy khach thanh toan tai quay, qua ngan hang hoac nhan vien thu co the."),
    ("tax_real",
     "Cơ quan thuế thông báo: người nộp thuế quyết toán thuế TNCN trên ứng dụng eTax Mobile tải từ kho ứng dụng chính "
     "thức. Cơ quan thuế không gửi đường link hay file cài đặt qua tin nhắn."),
    ("bhxh_real",
     "BHXH quận thông báo: người lao động nhận BHXH một lần vui lòng nộp hồ sơ tại bộ phận một cửa hoặc Cổng dịch vụ "
     "công quốc gia. BHXH không thu phí và không gọi điện đề nghị chuyển tiền."),
    # ---- police, ward, VNeID, "5 không 2 phải" -----------------------------------------
    ("police_warning_quote",
     "Công an phường cảnh báo: đối tượng xưng \"Đại úy, Phòng Cảnh sát hình sự\", gọi video mặc sắc phục, yêu cầu "
     "người dân \"chuẩn bị sẵn sổ tiết kiệm và app ngân hàng\". Công an không làm việc qua Zalo, không yêu cầu chuyển tiền."),
    ("police_5khong",
     "Loa phường thông báo: bà con nhớ \"5 không, 2 phải\": không thực hiện yêu cầu của người lạ, không tham lam, "
     "không kết bạn với người lạ, không chuyển khoản, không đầu tư khi chưa hiểu rõ; phải cảnh giác, phải tố giác ngay với Công an."),
    ("police_5khong_short",
     "5 khong 2 phai: khong chuyen khoan khi nguoi la tu xung can bo nha nuoc yeu cau. Nghi ngo goi ngay 113 hoac cong an phuong."),
    ("vneid_real",
     "Công an xã thông báo: bà con mang CCCD ra nhà văn hóa thôn sáng Chủ nhật để được hướng dẫn kích hoạt VNeID "
     "mức 2 trực tiếp. Cán bộ không thu phí, không gọi điện đề nghị cài ứng dụng lạ."),
    ("summons_in_person",
     "Anh Hùng ơi, chú là công an khu vực. Chiều nay chú ghé nhà đưa giấy mời lên phường làm chứng vụ va quẹt xe "
     "hôm trước, anh có ở nhà không? Giấy có dấu đỏ, anh lên trực tiếp là được."),
    ("ward_meeting",
     "Tổ dân phố 5 mời đại diện các hộ họp lúc 19h thứ 7 tại nhà văn hóa, nội dung: phòng chống lừa đảo qua mạng và "
     "đóng quỹ khuyến học (thu tại buổi họp, có biên nhận)."),
    ("police_news_deepfake",
     "Công an {city} vừa triệt phá đường dây dùng deepfake giả giọng người thân gọi video mượn tiền. Người dân khi "
     "nhận cuộc gọi nhờ chuyển tiền hãy gọi lại số cũ để xác minh."),
    ("police_warning_tasks",
     "CANH BAO: cac doi tuong moi \"lam nhiem vu nap 1 trieu nhan 1,3 trieu\", sau do bat nap them moi rut duoc. "
     "Day la lua dao, khong nap tien bat ky hinh thuc nao."),
    ("court_real",
     "Tòa án nhân dân huyện gửi giấy triệu tập bằng đường bưu điện có dấu đỏ hoặc tống đạt trực tiếp. Tòa không thu "
     "\"phí tống đạt\" qua điện thoại, người dân không chuyển tiền cho ai tự xưng thư ký tòa."),
    # ---- family and friends, known reasons -------------------------------------------
    ("family_known_reason", "Mẹ ơi con chuyển 2tr tiền điện nước tháng này vô tk mẹ rồi nha, mẹ coi tin nhắn ngân hàng giúp con."),
    ("family_known_reason", "e oi ck giup a 2tr tien nha tro thang nay nhu hom qua noi nha, cuoi tuan a ve a dua lai e tien mat"),
    ("family_known_reason",
     "Con ơi. Mẹ đã nhận tiền con gửi. Mẹ mua thuốc cho bố rồi. Còn dư mẹ gửi tiết kiệm. Đừng lo nhé."),
    ("family_known_reason",
     "Anh ơi tối qua mình nói rồi đó, anh ck cho em 500k tiền mừng cưới Hùng nha, em gửi phong bì giùm luôn."),
    ("friends_split_bill", "Tối qua ăn lẩu 1tr8 chia 6 đứa là 300k/người nha, ck vô stk tui {stk} {bank} hoặc đưa tiền mặt cũng dc 😋"),
    ("friends_football", "m ck t 150k tien san bong chia deu nha, tuan nay t dat san roi"),
    ("family_hui_south",
     "Ê mày, tiền hụi tháng này tao gửi bển rồi nha, nhớ ghi sổ dùm tao. Tháng sau tới phiên tao hốt đó."),
    ("family_card_topup",
     "Mẹ ơi con ở nhà bạn Lan, điện thoại sắp hết tiền, mẹ nạp giúp con 50k vào số con nha, tối con về đưa lại mẹ."),
    ("family_warning_otp",
     "Ba má nhớ nha, ai gọi xưng ngân hàng hay công an kêu đọc mã 6 số gửi về máy là lừa đảo hết á. Có gì gọi con trước."),
    ("family_warning_hacked",
     "Cả nhà ơi Zalo của chị bị hack rồi, ai nhắn \"e oi ck giup a 2tr\" hay nhờ mua thẻ cào bằng nick chị thì đừng chuyển nha, chị đang lấy lại."),
    ("family_video_check",
     "Bố ơi lúc nãy có ai gọi video giống con mượn tiền thì bố đừng chuyển nhé, con không hề gọi. Con vẫn dùng số cũ."),
    ("family_school_fee",
     "Anh ơi học phí của bé kỳ này 4.500.000đ, em đóng qua cổng thanh toán của trường rồi, anh gửi lại em một nửa khi nào tiện nha."),
    ("family_elderly",
     "Bà nhận được tiền cháu gửi rồi. Cảm ơn cháu. Mùa lạnh nhớ mặc ấm. Bà có gửi ít gạo theo xe chú Bảy lên cho cháu."),
    ("family_qr_real",
     "Con gửi mẹ mã QR tài khoản của con, lần sau mẹ quét là chuyển được, khỏi phải đọc số tài khoản nha mẹ."),
    ("family_cccd_landlord",
     "Em gửi chị ảnh CCCD 2 mặt để chị khai báo tạm trú cho em trên VNeID nha, chị là chủ nhà trọ số 12 đó ạ."),
    ("family_screen_share_work",
     "Anh bật chia sẻ màn hình trên Google Meet để em xem lỗi file Excel báo cáo nha, họp 10h như lịch."),
    ("friend_return_money", "Ê tui trả bà 1tr5 hôm bữa mượn đi chợ Tết nha, chuyển khoản rồi đó, check thử coi"),
    ("friend_mistaken_real",
     "Ôi xin lỗi chị, em bấm nhầm chuyển cho chị 200k thay vì cho chị Hà. Chị rảnh thì chuyển lại vào đúng số "
     "em hay dùng nhé, không gấp đâu ạ."),
    # ---- work, school, shops --------------------------------------------------------
    ("company_salary_advance",
     "Phòng Kế toán thông báo: CBNV có nhu cầu ứng trước lương tháng 12 (tối đa 30%) đăng ký với phòng kế toán trước "
     "ngày 20/12, tiền chuyển vào tài khoản lương."),
    ("company_reimburse_en",
     "Team ơi, ai có bill taxi đi gặp client tuần này thì upload lên app HR để reimburse nha, kế toán sẽ transfer cuối tháng."),
    ("company_hr_real",
     "Chúc mừng bạn trúng tuyển vị trí kế toán. Mời bạn đến văn phòng công ty ký hợp đồng ngày {day}, mang theo CCCD "
     "bản gốc. Công ty không thu bất kỳ khoản phí nào khi tuyển dụng."),
    ("colleague_pay_on_behalf",
     "Em thanh toán hộ chị hóa đơn tiền nước qua app nha, lát chị gửi lại tiền mặt cho em ở phòng, cảm ơn em nhiều."),
    ("school_fee_real",
     "Kính gửi PHHS lớp 3A, nhà trường thu tiền BHYT học sinh năm học 2026-2027. Phụ huynh nộp trực tiếp tại phòng tài "
     "vụ hoặc chuyển khoản vào tài khoản mang tên trường ghi trong thông báo giấy gửi về."),
    ("school_teacher_notice",
     "Cô nhắc các con mai mang áo mưa và bút màu nhé. Nhà trường không thu tiền qua tài khoản cá nhân của giáo viên, "
     "ai nhắn xin tiền nhân danh cô thì phụ huynh báo cô ngay."),
    ("school_trip",
     "Lớp 9A tổ chức tham quan ngày {day}, chi phí 350.000đ/hs, phụ huynh đóng cho lớp trưởng hội cha mẹ học sinh tại buổi họp."),
    ("shop_order_confirm",
     "Shop xác nhận đơn {order}: 2 áo thun + 1 quần, tổng 450k đã gồm ship. Chị chọn COD hoặc chuyển khoản đều được ạ, "
     "shop giao trong 2-3 ngày."),
    ("shop_qr_counter",
     "Quý khách quét mã QR trên máy POS tại quầy để thanh toán hóa đơn 235.000đ. Cảm ơn quý khách đã mua sắm!"),
    ("restaurant_qr", "Bàn số 7 tổng cộng 1.250.000đ nha anh, anh quét mã QR trên bàn hoặc quẹt thẻ tại quầy đều được ạ."),
    ("shop_scam_warning",
     "Shop chỉ nhận tiền qua tài khoản công ty in trên website. Có người giả shop nhắn \"chuyển khoản 100% mới lên đơn\" "
     "là không phải bên mình nha khách ơi."),
    ("garage_deposit_known",
     "Anh ơi xe anh thay nhông xích với má phanh hết 850k, mai lấy xe anh trả luôn nha, em chưa cần cọc đâu."),
    ("rent_payment",
     "Tiền nhà tháng 12 là 3tr5 + điện nước 420k, em ck vô tk chị như mọi tháng nha, chị gửi hóa đơn điện trong nhóm rồi."),
    # ---- news shares, victims, warnings quoting -------------------------------------
    ("news_share_vneid",
     "Báo đưa tin: một phụ nữ ở {city} mất 1 tỷ vì cài app \"Dịch vụ công\" giả qua link người lạ gửi. Mọi người chỉ "
     "tải VNeID từ CH Play / App Store nha."),
    ("victim_warning_task",
     "Mình vừa bị lừa mất 47 triệu vì làm nhiệm vụ nạp tiền, lúc đầu họ trả 50k 100k thật, sau bắt nạp combo mới rút được. "
     "Mọi người đừng dính như mình 😭"),
    ("victim_warning_invest",
     "Ai được mời vào nhóm \"chuyên gia chứng khoán\" rồi bảo nạp tiền lên app riêng thì chạy ngay nha. Bạn em mất gần "
     "200 triệu, app đó giờ không vào được."),
    ("news_share_loan",
     "Cảnh báo app vay tiền yêu cầu \"đóng phí bảo hiểm khoản vay\" trước khi giải ngân: đây là thủ đoạn lừa đảo, ngân "
     "hàng thật trừ phí vào khoản vay chứ không bắt chuyển trước."),
    ("news_share_charity",
     "Trước khi ủng hộ từ thiện, kiểm tra tài khoản có phải của tổ chức uy tín như MTTQ, Hội Chữ thập đỏ không, đừng "
     "chuyển vào tài khoản cá nhân lạ trên mạng."),
    ("victim_warning_shopper",
     "Cả nhà cẩn thận nha, có đứa giả shipper gọi kêu ck tiền đơn hàng mình không hề đặt, mình tra mã đơn trên app thì không có."),
    ("warning_gift_customs",
     "Nếu ai đó quen qua mạng nói gửi quà và bắt đóng \"phí hải quan\" để nhận thì đó là lừa đảo. Hải quan không gọi "
     "riêng cho người nhận để thu tiền vào tài khoản cá nhân."),
    ("warning_screen_share",
     "Không bật chia sẻ màn hình hay cài TeamViewer, UltraViewer theo yêu cầu của người lạ tự xưng ngân hàng, công an, "
     "điện lực. Họ sẽ nhìn thấy OTP của bạn."),
    ("warning_elderly_group",
     "Hội người cao tuổi nhắc các cụ: ai gọi bảo ra bưu điện gửi tiền bảo lãnh, hay bảo rút sổ tiết kiệm chuyển vào tài "
     "khoản an toàn, là kẻ lừa đảo. Các cụ báo con cháu và công an xã ngay."),
    ("warning_teen",
     "mn ơi ai nhắn kêu làm ctv shopee ứng tiền đơn trc r hoàn hoa hồng là lừa nha, bạn t dính 3tr r 😤"),
    ("warning_recover",
     "Cảnh giác: sau khi bị lừa, nhiều người tiếp tục bị lừa lần 2 bởi \"dịch vụ lấy lại tiền\" thu phí trước. Hãy đến "
     "trực tiếp cơ quan Công an để trình báo, không mất phí."),
    ("warning_rent_account",
     "Không bán, cho thuê, cho mượn tài khoản ngân hàng, SIM hay CCCD. Tài khoản của bạn có thể bị dùng để nhận tiền lừa đảo "
     "và bạn phải chịu trách nhiệm."),
    # ---- other real uses of the scam words ---------------------------------------
    ("real_charity",
     "Ủy ban MTTQ phường tiếp nhận ủng hộ đồng bào lũ lụt tại trụ sở UBND phường hoặc tài khoản của Ủy ban MTTQ, "
     "có biên nhận và công khai danh sách trên bảng tin."),
    ("real_loan_bank",
     "Khách hàng vay tiêu dùng tại {bank} vui lòng chỉ giao dịch tại quầy hoặc ứng dụng chính thức. Phí (nếu có) được "
     "thu theo hợp đồng, không có khoản \"phí giải ngân\" nộp trước vào tài khoản cá nhân."),
    ("real_study_abroad",
     "Trung tâm tư vấn du học ABC mời phụ huynh dự hội thảo học bổng Nhật Bản sáng Chủ nhật tại văn phòng, miễn phí "
     "vào cửa, không thu phí giữ suất."),
    ("real_labour_export",
     "Sở Lao động nhắc: chỉ đi xuất khẩu lao động qua doanh nghiệp có giấy phép, tra cứu danh sách trên trang của Cục "
     "Quản lý lao động ngoài nước. Không nộp tiền cho cá nhân môi giới."),
    ("real_prize",
     "Siêu thị thông báo kết quả bốc thăm: khách hàng trúng giải mang hóa đơn và CCCD đến quầy dịch vụ nhận quà trước "
     "ngày {day}. Siêu thị không thu bất kỳ khoản phí nào."),
    ("real_app_install",
     "Con cài app VNeID từ CH Play cho mẹ rồi, mẹ đăng nhập bằng mật khẩu con ghi trong sổ nha, đừng bấm link ai gửi qua tin nhắn."),
    ("real_booking_code",
     "Ba đọc giúp con mã đặt chỗ trên vé máy bay, 6 chữ in hoa đó, để con check-in online cho ba mẹ chuyến sáng mai."),
    ("real_discount_code", "Ma giam gia 50k cho don tu 200k cua ban la GIAM50K, het han {day}. Nhap ma khi thanh toan tren app."),
    ("real_invest_fund",
     "Tháng này em mua thêm chứng chỉ quỹ qua app công ty chứng khoán như mọi tháng rồi, lời lỗ gì cũng theo thị trường thôi anh."),
    ("real_new_number_verified",
     "Bạn ơi mình đổi số mới rồi, số cũ vẫn dùng được tới cuối tháng. Lúc nãy gọi bằng số cũ cho bạn rồi đó, bạn lưu giúp nha."),
    ("real_group_add",
     "Mình thêm cả lớp vào nhóm Zalo \"Họp lớp 12A1 khóa 2010\" để bàn chuyện họp lớp tháng sau nha mọi người."),
    ("real_job_interview", "Chào bạn, Công ty may Việt Tiến hẹn bạn phỏng vấn trực tiếp 9h sáng thứ 3 tại xưởng, bạn mang CV và CCCD nhé."),
    ("real_sim_shop",
     "Anh ra cửa hàng nhà mạng đổi SIM 4G nha, nhân viên ở quầy chụp CCCD trực tiếp, không cần gửi ảnh cho ai qua mạng."),
    ("real_police_video_meeting",
     "Công an phường mời tổ trưởng các tổ dân phố họp trực tuyến qua Zoom 15h chiều nay để triển khai đợt cao điểm "
     "tuyên truyền chống lừa đảo, link gửi trong nhóm tổ trưởng."),
    ("real_tiktok_shop",
     "Shop live tối nay 8h, chốt đơn trong live được freeship. Khách thanh toán trên giỏ hàng TikTok Shop, shop không nhận chuyển khoản riêng."),
    ("real_boss_message",
     "Anh nhắc em chiều nay gửi báo giá cho khách bên Hải Phòng nha, hợp đồng cọc anh ký trực tiếp ở văn phòng thứ 2 rồi."),
    ("real_mixed_en",
     "Chị ơi em book được homestay Đà Lạt rồi, deposit 500k qua app Booking luôn, phần còn lại pay khi check-in nha chị."),
    ("real_insurance_claim",
     "Bảo hiểm xe của anh đã duyệt bồi thường 3.200.000đ, tiền chuyển vào tài khoản anh đăng ký trong hợp đồng trong 3 ngày làm việc."),
    ("short_confirm", "Đã nhận 500k rồi nha em, cảm ơn em 🥰"),
    ("family_known_reason", "ok e, a ck 2tr cho e r do, tien mua ve tau Tet cho ca nha. nhan dc bao a"),
    ("real_traffic_fine",
     "Cảnh sát giao thông nhắc: tra cứu phạt nguội trên trang chính thức của Cục CSGT hoặc ứng dụng VNeID, nộp phạt qua Cổng "
     "dịch vụ công. CSGT không gửi mã QR nộp phạt qua tin nhắn."),
    ("family_elderly",
     "Ông bà đã gửi 5 triệu vào tài khoản của cháu để cháu đóng học phí. Cháu kiểm tra rồi gọi điện cho bà nhé. Bà không biết nhắn tin dài."),
    ("real_sim_swap_notice",
     "Nha mang: Quy khach vua doi SIM tai cua hang luc 10:05. Neu khong phai Quy khach thuc hien, vui long goi tong dai CSKH in tren website nha mang."),
    ("real_charity_parish",
     "Giáo xứ quyên góp gạo cho bà con nghèo dịp Giáng sinh, ai có lòng mang đến nhà thờ trước 24/12, ban hành giáo ghi sổ đầy đủ."),
    ("family_rambling_known",
     "Con ơi mẹ nói cái này / hôm qua bà ngoại lên cơn đau khớp, mẹ với dì Sáu chở bà lên bệnh viện tỉnh rồi / "
     "bác sĩ nói không sao, uống thuốc là đỡ / tiền thuốc hết 1tr2, dì Sáu trả trước rồi / con rảnh thì ck gửi "
     "dì Sáu giùm mẹ, số tk dì con có rồi đó / mẹ không gấp đâu, con lo làm đi nha"),
    ("warning_rambling_victim",
     "Mọi người ơi em kể chuyện này để ai cũng biết / sáng nay có số lạ gọi cho mẹ em xưng là công an, nói "
     "mẹ em liên quan vụ rửa tiền / bắt mẹ em vào phòng kín gọi video, chuẩn bị app ngân hàng / may em về kịp "
     "giật điện thoại / mọi người dặn ông bà cha mẹ giùm nha, công an không làm việc qua video call đâu"),
    ("friend_concert_en", "Bro ơi, pay lại tui 300k tiền vé concert tối thứ 7 nha, Momo hay bank đều ok, hong gấp"),
    ("school_real_qr",
     "Phòng tài vụ trường THCS thông báo: học phí học kỳ II thanh toán qua mã QR in trên phiếu báo học phí "
     "giấy mà học sinh mang về, tài khoản đứng tên nhà trường. Giáo viên chủ nhiệm không thu tiền qua tài khoản cá nhân."),
    ("bank_branch_en",
     "Dear customer, {bank} chi nhánh {city} mời Quý khách đến quầy để cập nhật CCCD gắn chip. Không cần "
     "cung cấp thông tin qua điện thoại hay đường link. Thank you."),
]
