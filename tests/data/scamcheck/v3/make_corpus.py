#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes corpus.tsv for the scam checker's corpus v3 (issue 16, third round).

A NEW set of templates, written independently of v2 from the seed documents (000: Cần Thơ
3797/UBND-NC, 001: Tiền Giang directive) and everyday knowledge, with the weight on the
genuine side: bank / e-wallet / post / telecom / electricity / water / tax / police / ward
notices and OTP messages, delivery notices, school and family messages that use every
scam word (chuyển khoản, tài khoản, mã OTP, công an, khẩn, link, lãi, "lại"), plus scams
and opening moves from every method the seeds list, in wordings of their own.

Each template expands into several messages: inline choices {a|b|c}, slots {bank},
{amt}…, and a typing (diacritics, none, Telex, VNI, teen code). Columns:
group<TAB>label<TAB>method<TAB>typing<TAB>text; group = "v3-<template number>" (the unit
split_corpus.py splits by). Seed 3016; deterministic.
"""
import random
import re
import unicodedata

rng = random.Random(3016)

SLOTS = {
    "bank": ["Vietcombank", "BIDV", "Agribank", "Techcombank", "VietinBank", "MB Bank", "ACB", "Sacombank", "TPBank", "VPBank", "HDBank"],
    "wallet": ["MoMo", "ZaloPay", "ViettelMoney", "VNPay", "ShopeePay"],
    "telco": ["Viettel", "VinaPhone", "MobiFone"],
    "post": ["VNPost", "Viettel Post", "Giao Hàng Nhanh", "J&T Express", "Giao Hàng Tiết Kiệm"],
    "amt": ["2.500.000đ", "15 triệu", "850.000 đồng", "3,2 triệu", "500k", "47.000.000 VND", "1.200.000đ", "9 triệu đồng", "320.000đ", "26 triệu"],
    "small": ["35.000đ", "19.000 đồng", "12k", "28.500đ", "45.000 VND"],
    "name": ["Lan", "Hùng", "Minh", "Thảo", "Tuấn", "Hoa", "Dũng", "Ngọc", "Phương", "Khoa", "Vy", "Bảo"],
    "full": ["Nguyễn Văn Tâm", "Trần Thị Mai", "Lê Hoàng Nam", "Phạm Thu Hà", "Võ Minh Quân", "Đặng Thị Yến"],
    "ward": ["phường Hồng An", "phường 7", "xã Tân Phú", "phường An Hòa", "phường Tân Định", "xã Long Thạnh"],
    "city": ["Cần Thơ", "Tiền Giang", "TP.HCM", "Hà Nội", "Đà Nẵng", "Vĩnh Long"],
    "time": ["7h30 sáng mai", "14h chiều thứ Sáu", "19h tối nay", "8 giờ sáng Chủ nhật", "15h30 thứ Tư"],
    "date": ["15/12", "20/12/2026", "05/01", "28/02", "10/11/2026"],
    "rank": ["Thượng úy", "Đại úy", "Thiếu tá", "Trung tá"],
    "pron": ["anh", "chị", "ông", "bà", "cô", "chú"],
    "kin": ["mẹ", "bố", "cô", "chú", "bác", "anh", "chị"],
    "scamlink": ["vcb-xacthuc.top", "https://evn-hoantien.xyz/tra-cuu", "bit.ly/3xY7aQk", "nhanqua-tet.click", "http://vneid-capnhat.online",
                 "bhxh-tracuu.site/nhan-tien", "agribank.com.vn-baomat.cc", "tinyurl.com/hoan-phi-ship", "thue-canhan.info/dang-nhap",
                 "https://giaohang-vnpost.shop/cap-nhat", "mbbank-sinhtrachoc.icu", "facebook-khangnghi.live"],
    "apklink": ["etax-moi.top/etax.apk", "http://dichvucong-vn.xyz/app.apk", "tai-vneid.online/VNeID.apk", "bit.ly/app-cskh-apk", "evn-app.site/evn.apk"],
    "chatlink": ["t.me/dautuvang88", "zalo.me/g/kiemtien247", "t.me/keo_bongda_vip", "zalo.me/g/cokhoa99", "forms.gle/quatang2026", "t.me/nhomchungkhoanfree"],
}


def rnd_digits(n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def fill(tpl):
    def choice(m):
        return rng.choice(m.group(1).split("|"))
    out = tpl
    for _ in range(3):
        out = re.sub(r"\{([^{}]*\|[^{}]*)\}", choice, out)

    def slot(m):
        k = m.group(1)
        if k == "otp":
            return rnd_digits(6)
        if k == "acct":
            return rnd_digits(rng.choice([10, 12, 13]), "123456789")
        if k == "mask":
            return "xxx" + rnd_digits(4)
        if k == "phone":
            return "0" + rng.choice("35789") + rnd_digits(8)
        if k == "code":
            return rng.choice(["PE", "PB", "VN", "GH", "SPX"]) + rnd_digits(9)
        return rng.choice(SLOTS[k])
    return re.sub(r"\{(\w+)\}", slot, out)


# ---- typings ---------------------------------------------------------------------------
TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
VNI_TONES = {"\u0301": "1", "\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
MODS = {("a", "\u0302"): ("aa", "a6"), ("a", "\u0306"): ("aw", "a8"), ("e", "\u0302"): ("ee", "e6"),
        ("o", "\u0302"): ("oo", "o6"), ("o", "\u031b"): ("ow", "o7"), ("u", "\u031b"): ("uw", "u7")}


def strip(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)))


def type_word(word, vni):
    """How the word is typed in Telex (vni False) or VNI: letter modifiers after their
    letter, the tone at the end of the word."""
    out, tone = [], ""
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONES:
            tone = (VNI_TONES if vni else TONES)[ch]
            continue
        if unicodedata.combining(ch) and out:
            base = out[-1]
            key = (base.lower(), ch)
            if key in MODS:
                rep = MODS[key][1 if vni else 0]
                if base.isupper():
                    rep = rep[0].upper() + rep[1:]
                out[-1] = rep
            continue
        if ch in "đĐ":
            out.append(("d9" if vni else "dd") if ch == "đ" else ("D9" if vni else "DD"))
            continue
        out.append(ch)
    return "".join(out) + tone


def typed(text, vni):
    return re.sub(r"[^\W\d_]+", lambda m: type_word(m.group(0), vni), text)


TEEN = [("không", "ko"), ("được", "dc"), ("chuyển khoản", "ck"), ("tài khoản", "tk"), ("với", "vs"), ("gì", "j"),
        ("rồi", "r"), ("biết", "bik"), ("vậy", "v"), ("quá", "wa"), ("nhé", "nhe"), ("anh", "a"), ("em", "e"),
        ("chị", "c"), ("bạn", "b"), ("mình", "mk"), ("thôi", "thui"), ("trước", "trc"), ("tin nhắn", "tn"),
        ("số tài khoản", "stk"), ("ngân hàng", "nh"), ("điện thoại", "dt"), ("bây giờ", "bh"), ("luôn", "lun")]


def teen(text):
    out = text
    for a, b in sorted(TEEN, key=lambda p: -len(p[0])):
        if rng.random() < 0.8:
            out = re.sub(r"(?<!\w)" + a + r"(?!\w)", b, out, flags=re.IGNORECASE)
    out = strip(out).lower()
    return out


def render(text, typing):
    if typing == "diacritics":
        return text
    if typing == "nodiac":
        return strip(text)
    if typing == "telex":
        return typed(text, False)
    if typing == "vni":
        return typed(text, True)
    return teen(text)


TYPINGS = ["diacritics"] * 8 + ["nodiac"] * 5 + ["telex"] * 2 + ["vni"] * 2 + ["teen"] * 3

# ---- templates: (label, method, text) ----------------------------------------------------
T = []


def S(method, text):
    T.append(("scam", method, text))


def O(method, text):
    T.append(("opening", method, text))


def B(method, text):
    T.append(("benign", method, text))


# Scams: every method of seeds 000 and 001, new wordings.
S("fake_court", "Tòa án nhân dân {city} {thông báo|báo tin}: {pron} có giấy triệu tập xét xử vụ án nợ thẻ tín dụng. Muốn tạm đình chỉ thì nộp tiền bảo lãnh {amt} vào tài khoản {acct} của Tòa trước 17h hôm nay.")
S("fake_procuracy", "Viện kiểm sát đã phát lệnh tạm giam {pron} vì dính đường dây rửa tiền. Để chứng minh trong sạch, {pron} chuyển toàn bộ tiền tiết kiệm sang tài khoản tạm giữ {acct}, {tuyệt đối giữ bí mật với gia đình|không được nói cho người nhà}.")
S("fake_police_video", "{rank} {name}, Phòng Cảnh sát hình sự {city} đây. {pron} bật {Zalo video|cuộc gọi video} để cán bộ lấy lời khai, chuẩn bị sẵn điện thoại có ứng dụng ngân hàng, {không được cúp máy|không được tắt máy}.")
S("fake_teacher", "Cô là chủ nhiệm của cháu {name}, cháu bị ngã ở trường đang cấp cứu, phụ huynh chuyển {gấp|ngay} {amt} tiền mổ vào số tài khoản {acct} của bác sĩ để kịp phẫu thuật, {đừng gọi lại vì cô đang trong phòng mổ|cô không nghe máy được}.")
S("fake_hospital", "Bệnh viện Đa khoa {city}: người nhà của {pron} bị tai nạn giao thông đang nằm viện. Cần chuyển ngay tiền tạm ứng viện phí {amt} vào tài khoản {acct} để bệnh viện làm thủ tục.")
S("fake_boss", "Anh là giám đốc đây, anh đang họp không nghe máy được. Em chuyển trước {amt} cho đối tác theo STK {acct}, chiều anh về tính, {việc này đừng báo kế toán|chuyện này giữ kín giúp anh}.")
S("fake_electricity", "EVN: Quý khách nợ tiền điện 2 kỳ, điện sẽ bị cắt trong 2 giờ tới. Thanh toán ngay qua {scamlink} hoặc chuyển khoản cho nhân viên thu tiền theo số {acct}.")
S("fake_electricity_meter", "Nhân viên điện lực gọi: công tơ nhà {pron} bị lỗi phải thay gấp, {pron} chuyển trước phí thay {amt} vào tài khoản {acct}, {không chuyển là cắt điện chiều nay|nếu không sẽ ngừng cấp điện}.")
S("fake_water", "Công ty cấp nước thông báo hoàn tiền nước thu thừa {amt}. {Bấm|Vào} {scamlink} nhập số thẻ ngân hàng và mã OTP để nhận lại tiền.")
S("fake_tax", "Cục Thuế: mã số thuế cá nhân của {pron} bị khóa do chưa quyết toán. Tải ứng dụng eTax bản mới tại {apklink} để cập nhật, quá hạn sẽ bị phạt 20 triệu.")
S("fake_tax_refund", "Cán bộ thuế thông báo {pron} được hoàn thuế {amt}. Để nhận, {pron} cài app theo đường link em gửi và cấp quyền trợ năng cho ứng dụng.")
S("fake_social_insurance", "Bảo hiểm xã hội: sổ BHXH của {pron} có khoản trợ cấp {amt} chưa nhận. Kết bạn Zalo số {phone} để cán bộ hướng dẫn rút, cần gửi ảnh CCCD hai mặt và số tài khoản.")
S("fake_telecom_lock", "{telco}: thuê bao của quý khách sẽ bị khóa 2 chiều sau 24h do chưa chuẩn hóa thông tin. Gọi ngay tổng đài viên và đọc mã xác nhận vừa gửi về máy để giữ số.")
S("fake_telecom_esim", "Nhà mạng {telco} hỗ trợ nâng cấp sim 4G lên eSIM miễn phí, {pron} chỉ cần đọc cho em dãy số in trên mặt sau sim và mã gửi về tin nhắn.")
S("fake_post_contraband", "{post}: bưu phẩm đứng tên {pron} có chứa hàng cấm và đã chuyển cho công an điều tra. Liên hệ cán bộ {phone} ngay để hợp tác, nếu không sẽ bị khởi tố.")
S("fake_post_fee", "Bưu kiện của bạn bị giữ tại kho do sai địa chỉ. Cập nhật địa chỉ tại {scamlink} và trả phí lưu kho {small} để được giao lại trong ngày.")
S("sms_brandname_link", "[{bank}] Tài khoản của Quý khách phát sinh giao dịch đáng ngờ {amt}. Nếu không phải Quý khách thực hiện, hủy ngay tại {scamlink}")
S("fake_biometric", "{bank} thông báo: từ ngày {date} tài khoản chưa xác thực sinh trắc học sẽ bị dừng giao dịch. Quý khách quét khuôn mặt tại {scamlink} để tránh gián đoạn.")
S("card_limit", "Chúc mừng quý khách được nâng hạn mức thẻ tín dụng {bank} lên 80 triệu. Vui lòng cung cấp số thẻ, ngày hết hạn và 3 số CVV mặt sau để nhân viên kích hoạt.")
S("hacked_borrow", "{kin} ơi, cháu đang kẹt ở ngoài, {kin} chuyển giúp cháu {amt} vào tài khoản {acct} tên {full} nhé, tối cháu gửi trả, {đừng gọi vì cháu đang họp|cháu không nghe máy được}.")
S("hacked_phonecard", "Bạn ơi mua giúp mình 5 thẻ cào Viettel mệnh giá 500k, chụp mã thẻ gửi qua đây, mai mình trả đủ, gấp lắm.")
S("deepfake_call", "Thấy mặt tao rồi đó, mạng yếu nên video mờ. Mày chuyển tao {amt} vào số tài khoản tao nhắn nhé, tài khoản mới mở trùng tên tao.")
S("invest_forex", "Nhóm chuyên gia tài chính hướng dẫn đầu tư vàng và ngoại hối, cam kết lợi nhuận 30% mỗi tuần. Nạp tối thiểu 5 triệu vào sàn qua {scamlink}, rút được ngay trong ngày.")
S("invest_crypto", "Dự án coin mới sắp niêm yết, mua trước giá gốc x10 tài sản trong tháng. {pron} chuyển USDT qua ví em hướng dẫn, số suất có hạn.")
S("invest_gamble", "Nạp 200k nhận 1 triệu, cá cược bóng đá tỷ lệ thắng 95%, tải app tại {apklink}.")
S("invest_land", "Đầu tư đất nền dự án ven biển, góp vốn 100 triệu nhận lãi 5% mỗi tháng, cam kết mua lại. Ký hợp đồng qua mạng và chuyển tiền vào tài khoản cá nhân của giám đốc.")
S("invest_decoy", "Hôm nay em lời 12 triệu nhờ thầy chỉ mã, {pron} vào sàn ngay đi, nạp thêm vốn thì thầy cho vào nhóm VIP, không nạp là mất cơ hội.")
S("online_task", "Việc nhẹ lương cao: làm nhiệm vụ thả tim sản phẩm, mỗi đơn hoa hồng 15%. Đơn thứ ba cần nạp {amt} để mở khóa, hoàn tiền gốc cộng thưởng ngay.")
S("ctv_ecommerce", "Tuyển cộng tác viên Shopee chốt đơn, ứng trước tiền hàng {amt} vào tài khoản {acct}, nhận lại vốn và 20% hoa hồng sau 10 phút.")
S("shop_deposit", "Xe máy SH đời 2022 thanh lý giá 35 triệu. {pron} cọc trước 3 triệu để giữ xe, em gửi xe qua nhà xe, không xem trực tiếp được vì em ở xa.")
S("shop_prepay", "Shop đang xả kho, hàng chỉ còn vài chiếc. {pron} chuyển khoản trước 100% thì em mới gửi, bên em không nhận COD.")
S("shop_big_order", "Chào shop, công ty em cần đặt 200 phần quà. Shop nhập giúp em từ nhà cung cấp này, chuyển tiền hàng cho bên họ trước, em thanh toán đủ khi nhận hàng.")
S("loan_fee", "Hồ sơ vay 50 triệu của {pron} đã được duyệt, lãi suất 0,5%. Để giải ngân, {pron} đóng phí bảo hiểm khoản vay {amt} vào tài khoản công ty {acct}.")
S("loan_frozen", "Do quý khách nhập sai số tài khoản nên khoản vay bị đóng băng. Nộp 30% giá trị khoản vay để mở băng, sau 15 phút tiền về tài khoản.")
S("mistaken_transfer", "Em lỡ chuyển nhầm {amt} vào tài khoản {pron}, {pron} chuyển lại giúp em qua số {acct} này với, mẹ em đang nằm viện.")
S("mistaken_debt", "Bên tài chính báo: khoản {amt} vào tài khoản của {pron} là tiền vay. Không trả thì tính lãi 3% mỗi ngày và gửi ảnh cho người thân của {pron}.")
S("charity", "Quỹ Vì Trẻ Em Vùng Lũ kêu gọi mọi người chuyển khoản ủng hộ vào tài khoản cá nhân {acct} của trưởng nhóm, mỗi tấm lòng đều quý, cần gấp trong tối nay.")
S("romance_gift", "Anh gửi em hộp quà có iPhone và 20.000 đô la, hải quan đang giữ ở sân bay. Em đóng phí thông quan 12 triệu cho nhân viên hải quan này để nhận nhé.")
S("prize_tax", "Chúc mừng số thuê bao của {pron} trúng thưởng xe SH trong chương trình tri ân. Nộp thuế thu nhập {amt} trước khi nhận giải, liên hệ {phone}.")
S("prize_orders", "Bạn may mắn nhận voucher 5 triệu. Để kích hoạt, hãy mua 3 đơn hàng ưu đãi trên trang {scamlink} và chuyển khoản tiền đơn trước.")
S("travel_tour", "Tour Hàn Quốc 5 ngày chỉ 3,9 triệu bao visa. Đặt cọc 100% qua tài khoản cá nhân hướng dẫn viên để giữ chỗ, hôm nay là ngày cuối.")
S("study_abroad", "Du học Nhật vừa học vừa làm, lương 40 triệu một tháng. Đóng trước phí hồ sơ và bảo lãnh 25 triệu, không cần chứng chỉ tiếng.")
S("labour_export", "Đi xuất khẩu lao động Đài Loan bay nhanh trong 2 tuần, không cần thi tuyển. Nộp cọc 50 triệu vào tài khoản cá nhân của cán bộ tuyển dụng.")
S("child_model", "Casting người mẫu nhí cho nhãn hàng sữa: bé đã đậu vòng ảnh. Phụ huynh làm thêm 3 nhiệm vụ bình chọn, nạp 500k để được hoàn 650k.")
S("fake_vneid", "Cán bộ công an {ward} hướng dẫn tích hợp VNeID mức 2 tại nhà: {pron} cài ứng dụng theo link {apklink} rồi mở camera xác thực khuôn mặt.")
S("fake_app_install", "Tải ứng dụng Dịch vụ công bản mới từ đường link em gửi, cấp quyền trợ năng để hệ thống tự đồng bộ, xong thì {đừng tắt máy|để máy yên 30 phút}.")
S("otp_shape", "Hệ thống vừa gửi về máy {pron} một dãy 6 chữ số, {pron} đọc nhanh cho em để em xác nhận hủy đơn giúp {pron} nhé.")
S("password_handover", "Để nhận tiền hoàn, {pron} gửi tên đăng nhập và mật khẩu ứng dụng {bank} cho bộ phận kỹ thuật qua Zalo này.")
S("sim_swap", "Sim của {pron} sắp hết hạn định danh. {pron} chụp mặt sau sim kèm CCCD gửi qua Zalo, bên em cấp lại sim mới tận nhà.")
S("rent_account", "Cần thuê tài khoản ngân hàng chính chủ, 3 triệu một tháng, chỉ cần gửi CCCD, sim đăng ký và mã OTP khi được hỏi, không rủi ro.")
S("fake_loan_bank", "Ngân hàng hỗ trợ vay tín chấp không cần thẩm định, chỉ cần CCCD, giải ngân 30 phút. Đóng trước phí hồ sơ 1,5 triệu để được duyệt.")
S("fake_insurance", "Bảo hiểm nhân thọ thông báo hợp đồng của {pron} được hoàn tiền {amt}. Vào đường link {scamlink} để xác nhận thông tin thẻ ngân hàng.")
S("fake_police_link", "Giấy mời làm việc của Công an quận gửi {pron}, xem chi tiết và khai báo tại {scamlink}. Nếu không có mặt sẽ bị xử lý theo quy định.")
S("sextortion", "Chúng tôi có video nhạy cảm của anh. Chuyển 20 triệu vào tài khoản {acct} trong hôm nay nếu không muốn video được gửi cho vợ và đồng nghiệp.")
S("social_appeal", "Facebook của bạn vi phạm bản quyền và sẽ bị xóa sau 24h. Kháng nghị tại {scamlink} bằng tài khoản và mật khẩu của bạn.")
S("fake_bank_callback", "Nhân viên {bank} đây ạ, tài khoản của {pron} đang bị người khác đăng nhập. {pron} đọc mã OTP vừa nhận và {mở sẵn ứng dụng ngân hàng|chuẩn bị ứng dụng ngân hàng} để em chặn giao dịch giúp.")
S("fake_wallet", "{wallet}: ví của bạn bị tạm khóa do nghi ngờ gian lận. Xác minh trong 30 phút tại {scamlink} bằng số CCCD, mật khẩu ví và mã OTP.")

# Opening moves: the first step, nothing harmful asked yet.
O("new_number", "{kin} ơi, con đổi số rồi nhé, số cũ bị hỏng, {kin} lưu số này lại giúp con.")
O("new_number2", "Đây là số mới của {mẹ|bố|chị}, con lưu lại {nhé|nha}, số cũ mất rồi.")
O("are_you_there", "{Chị|Anh|Em} có đó không, em nhờ chút việc.")
O("are_you_there2", "{pron} ơi đang rảnh không, nghe máy được không ạ?")
O("staff_still", "Chào {pron}, em là {name} bên phòng nhân sự, {pron} còn dùng số này không ạ?")
O("wrong_number", "Xin lỗi cho mình hỏi đây có phải số của anh Hùng không? Mình thấy ảnh đại diện quen quá, kết bạn làm quen được không?")
O("befriend_invest", "Hello, mình thấy bạn trong nhóm đầu tư, kết bạn trao đổi kinh nghiệm nhé.")
O("join_group_stock", "Mời {pron} tham gia nhóm Zalo chia sẻ mã chứng khoán miễn phí: {chatlink}")
O("job_home", "Bên em đang tuyển nhân viên làm tại nhà, 1-2 giờ mỗi ngày, thu nhập 300-500k một ngày. {pron} quan tâm thì nhắn em nhé.")
O("loan_offer", "Em bên công ty tài chính, {pron} có nhu cầu vay vốn không cần thế chấp, giải ngân trong ngày không ạ?")
O("channel_link", "Tham gia kênh nhận tín hiệu kèo miễn phí ở đây: {chatlink}")
O("prize_teaser", "Chúc mừng bạn được chọn vào chương trình khách hàng thân thiết, phản hồi CÓ để nhận thông tin phần quà.")
O("authority_callback", "Đây là Công an {ward}, đề nghị {pron} gọi lại số máy này để làm rõ một vụ việc liên quan đến {pron}.")
O("friend_of_child", "Cô ơi con là bạn học của chị {name}, chị {name} nhờ con liên hệ cô, cô cho con xin Zalo được không ạ?")
O("market_befriend", "Anh ơi em thấy anh bán đồ trên chợ mạng, anh kết bạn Zalo với em để em hỏi thêm nhé.")
O("romance_hi", "Chào em, anh là kỹ sư người Việt đang làm ở Mỹ, thấy em dễ thương nên muốn làm quen.")
O("child_casting_hi", "Bé nhà chị dễ thương quá, bên em đang tìm người mẫu nhí cho quảng cáo, chị cho em xin số để tư vấn nhé.")
O("survey_form", "Mời bạn điền khảo sát nhận thưởng 100k: {chatlink}")
O("group_added", "Mình là admin, bạn đã được thêm vào nhóm Cộng Đồng Kiếm Tiền Online, đọc tin ghim để bắt đầu.")
O("gift_address", "Shop tặng quà tri ân, bạn để lại địa chỉ và số điện thoại để shop gửi quà miễn phí nhé.")
O("neighbour_hi", "Bạn ơi mình mới chuyển về khu này, mình làm quen được không?")
O("ctv_review", "Tuyển CTV review khách sạn, nhận tiền ngay, inbox để được hướng dẫn.")
O("wholesale_hi", "Chị ơi chị có bán hàng online không? Em có nguồn hàng sỉ giá rẻ, kết bạn em gửi bảng giá.")
O("telco_callback", "Chúng tôi từ bộ phận chăm sóc khách hàng {telco}, vui lòng gọi lại {phone} để nhận ưu đãi dành riêng cho {pron}.")
O("old_friend", "Còn nhớ tao không, bạn học cấp 3 nè, lâu quá không gặp, cho tao xin số Zalo nói chuyện.")

# Genuine messages using the scam words.
B("bank_otp", "{bank}: Mã OTP của Quý khách là {otp}, hiệu lực 3 phút. Tuyệt đối KHÔNG cung cấp mã này cho bất kỳ ai, kể cả nhân viên ngân hàng.")
B("bank_otp_txn", "Mã xác thực giao dịch chuyển khoản {amt} đến tài khoản {acct} là {otp}. Không chia sẻ mã OTP cho người khác dưới mọi hình thức.")
B("bank_otp_login", "{otp} là mã đăng nhập ứng dụng {bank} trên thiết bị mới. Nếu không phải bạn, đừng cung cấp mã và gọi tổng đài in trên thẻ.")
B("bank_alert", "{bank}: TK {mask} +{amt} lúc 10:25 {date}. SD: 12.345.000 VND. ND: {full} chuyển khoản tiền học")
B("bank_alert_out", "TK {mask} -{amt} lúc 19:02. Số dư 4.870.000đ. Nội dung: thanh toán tiền điện tháng 11")
B("bank_warning", "{bank} cảnh báo: gần đây có kẻ gian giả danh nhân viên ngân hàng gọi điện đề nghị cập nhật sinh trắc học qua đường link. {bank} không bao giờ gửi link hay yêu cầu khách hàng cung cấp mã OTP.")
B("bank_biometric_real", "Quý khách vui lòng cập nhật sinh trắc học trực tiếp trên ứng dụng {bank} chính thức hoặc tại quầy giao dịch gần nhất. Ngân hàng không gọi điện hướng dẫn từng bước.")
B("bank_savings", "Sổ tiết kiệm của quý khách đến hạn ngày {date}, tiền lãi {amt} đã được nhập gốc. Chi tiết xin liên hệ chi nhánh {bank} gần nhất.")
B("bank_card_pin", "Thẻ của quý khách đã tạm khóa do nhập sai mã PIN 3 lần. Vui lòng mang CCCD đến quầy để mở lại thẻ.")
B("bank_loan_due", "{bank} nhắc: kỳ trả nợ khoản vay mua nhà ngày {date}, số tiền {amt}. Vui lòng duy trì đủ số dư trong tài khoản thanh toán.")
B("bank_branch_move", "{bank} chi nhánh {city} chuyển địa điểm giao dịch sang số 45 Trần Hưng Đạo từ ngày {date}. Quý khách giao dịch bình thường tại địa chỉ mới.")
B("bank_mistaken_advice", "Ngân hàng lưu ý: nếu nhận được khoản tiền chuyển nhầm, quý khách không tự chuyển trả theo yêu cầu của người lạ mà liên hệ ngân hàng để được tra soát.")
B("wallet_received", "{wallet}: Bạn đã nhận {amt} từ {full}. Lời nhắn: tiền chợ tuần này.")
B("wallet_warning", "{wallet} không bao giờ yêu cầu bạn cung cấp mật khẩu hay mã OTP. Nếu có ai hỏi, hãy từ chối và báo ngay cho tổng đài.")
B("wallet_bill", "Thanh toán hóa đơn điện {amt} qua {wallet} thành công. Mã giao dịch {otp}.")
B("wallet_promo", "{wallet}: hoàn tiền 10% khi thanh toán hóa đơn điện nước trong tháng 12. Xem chi tiết trong ứng dụng.")
B("post_cod", "{post}: Đơn hàng {code} đang được giao, nhân viên giao hàng sẽ gọi trước khi đến. Vui lòng chuẩn bị {amt} tiền thu hộ.")
B("post_registered", "Bưu điện {ward} thông báo: {pron} có bưu phẩm bảo đảm, mời mang CCCD đến nhận tại bưu cục trước ngày {date}.")
B("shipper_here", "{Chị|Anh} ơi em shipper, em đang ở đầu hẻm, {chị|anh} ra lấy hàng giúp em nhé, đơn thanh toán rồi.")
B("shop_delivered", "Đơn hàng của bạn đã giao thành công. Đánh giá sản phẩm trong ứng dụng để nhận xu, shop không gọi điện đòi thêm phí.")
B("shop_refund", "Yêu cầu hoàn tiền của bạn đã được chấp nhận, {amt} sẽ được hoàn về ví trong 24 giờ. Shop không yêu cầu bạn cung cấp thông tin thẻ.")
B("telco_package", "{telco}: Quý khách đã đăng ký thành công gói cước 5G 30 ngày, cước 150.000đ. Chi tiết gọi tổng đài (miễn phí).")
B("telco_portrait", "{telco} thông báo: thuê bao chưa cập nhật ảnh chân dung vui lòng đến cửa hàng {telco} gần nhất, mang theo CCCD. Nhà mạng không gọi điện bắt đọc mã hay cài ứng dụng.")
B("telco_low", "Tài khoản chính của thuê bao còn 2.000đ, vui lòng nạp thêm để tiếp tục sử dụng dịch vụ.")
B("evn_bill", "EVN: Tiền điện kỳ tháng 11 của khách hàng mã {code} là {amt}. Thanh toán qua ứng dụng ngân hàng, ví điện tử hoặc điểm thu. Bỏ qua nếu đã thanh toán.")
B("evn_outage", "Điện lực {ward} thông báo tạm ngừng cấp điện để bảo trì lưới từ 7h30 đến 11h ngày {date}. Điện lực không thu tiền tại nhà và không gọi điện đòi tiền.")
B("water_bill", "Công ty cấp nước: hóa đơn tiền nước tháng này {amt}, hạn thanh toán {date}. Quý khách có thể chuyển khoản qua ứng dụng ngân hàng theo mã khách hàng in trên hóa đơn.")
B("water_cut", "Thông báo cúp nước khu vực {ward} từ 22h đêm nay để sửa đường ống, bà con trữ nước trước nhé.")
B("tax_deadline", "Cơ quan thuế nhắc: hạn nộp hồ sơ quyết toán thuế thu nhập cá nhân là ngày 31/3. Nộp trực tuyến tại thuedientu.gdt.gov.vn hoặc ứng dụng eTax Mobile từ kho ứng dụng chính thức.")
B("tax_warning", "Có đối tượng giả danh cán bộ thuế gọi điện yêu cầu cài ứng dụng để hoàn thuế. Cơ quan thuế không gửi link cài đặt qua tin nhắn, người dân tuyệt đối không làm theo.")
B("police_idcard", "Công an {ward} thông báo: từ thứ Hai, tổ công tác thu nhận hồ sơ cấp căn cước cho trẻ em tại trụ sở, phụ huynh đưa các cháu đến đúng giờ.")
B("police_phone_advice", "Công an phường khuyến cáo: cơ quan công an không làm việc qua điện thoại, không yêu cầu chuyển tiền vào tài khoản nào để xác minh. Ai nhận cuộc gọi như vậy hãy cúp máy và báo 113.")
B("police_meeting", "Kính gửi bà con: Công an phường phối hợp tổ dân phố tuyên truyền phòng chống lừa đảo qua mạng tại nhà văn hóa lúc {time}, mời bà con tham dự.")
B("police_case_report", "Vụ việc bà con trình báo hôm qua: người tự xưng cán bộ điều tra gọi điện bắt nạn nhân chuyển khoản {amt} để chứng minh tài sản. Ai nhận được cuộc gọi tương tự liên hệ ngay Công an phường.")
B("police_bike_found", "Công an phường mời ông {full} đến trụ sở vào {time} để nhận lại xe máy bị mất đã tìm được, mang theo giấy đăng ký xe.")
B("police_video_warning", "Bộ Công an cảnh báo thủ đoạn giả danh công an gọi video yêu cầu chuyển tiền. Công an không bao giờ làm việc qua video call.")
B("police_vneid_real", "Công an phường hướng dẫn: kích hoạt tài khoản định danh điện tử VNeID mức 2 trực tiếp tại trụ sở, chỉ cài ứng dụng VNeID từ CH Play hoặc App Store, không cài từ đường link lạ.")
B("ward_meeting", "UBND {ward}: mời đại diện các hộ dự họp tổ dân phố lúc {time} tại nhà văn hóa, nội dung thu quỹ khuyến học và bầu tổ trưởng.")
B("ward_fund", "Tổ trưởng tổ dân phố: quỹ vì người nghèo năm nay các hộ đóng tại nhà tổ trưởng hoặc chuyển khoản vào tài khoản của tổ, ghi tên chủ hộ, có biên nhận đầy đủ.")
B("ward_flood", "Khẩn: do mưa lớn, UBND {ward} đề nghị các hộ ven kênh kê đồ đạc lên cao; cần hỗ trợ gọi số trực ban của phường.")
B("ward_charity", "Ủy ban MTTQ phường tiếp nhận ủng hộ đồng bào lũ lụt tại trụ sở hoặc qua tài khoản của Ủy ban MTTQ phường, danh sách công khai trên bảng tin.")
B("school_fee", "Thông báo của GVCN lớp 5A: phụ huynh đóng tiền học kỳ I {amt} bằng chuyển khoản vào tài khoản của nhà trường, nội dung ghi rõ họ tên học sinh và lớp. Nhà trường không thu qua tài khoản cá nhân.")
B("school_meeting_link", "Kính mời phụ huynh dự họp cuối kỳ lúc {time}; phụ huynh ở xa vào link họp trực tuyến: meet.google.com/xyz-abcd-efg")
B("school_warn_kids", "Con ơi ở trường có ai lạ nhắn tin bảo mở tài khoản ngân hàng hay cho mượn sim thì phải báo cô giáo với bố mẹ ngay nhé.")
B("school_storm", "Nhà trường thông báo học sinh nghỉ học ngày {date} do bão, các em ôn bài ở nhà, giáo viên sẽ gửi bài qua nhóm lớp.")
B("school_pickup", "Cô giáo nhắn: chiều nay cháu {name} về sớm lúc 15h, phụ huynh đón cháu ở cổng trường nhé.")
B("family_paid", "{kin} ơi con chuyển khoản tiền điện tháng này cho {kin} rồi nhé, {kin} kiểm tra tài khoản xem nhận chưa.")
B("family_otp_warn", "Mẹ ơi có ai gọi xưng công an đòi mã OTP thì mẹ cúp máy luôn nha, đừng đọc gì cả, con gọi lại cho mẹ sau.")
B("family_account", "Anh gửi em số tài khoản {bank} của anh {acct} để em trả tiền vé xe hôm trước nhé, không gấp đâu.")
B("family_dinner", "Bố nhắn: tối nay cả nhà về ăn cơm, nhớ mua giúp bố chai nước mắm, về muộn thì gọi lại cho bố.")
B("family_photos", "Chị ơi link ảnh đám cưới đây nè drive.google.com/ảnh-cưới, chị tải về trước cuối tuần nha.")
B("family_grandma", "Khẩn khẩn: bà đau bụng đang đi khám, mọi người đừng lo, có kết quả con báo lại.")
B("family_save_number", "Em lưu lại số này nhé, số của bác Tư bán gạo, gạo ngon mà rẻ.")
B("family_grandpa_otp", "Ông ơi mã OTP là để mình ông dùng, ai hỏi cũng không đưa, kể cả người xưng là ngân hàng hay công an.")
B("friend_lend", "Tháng này tao chuyển lại mày 500k tiền hôm trước nhé, lương về rồi.")
B("everyday_interest", "Lãi tiết kiệm ở {bank} tháng này bao nhiêu vậy chị? Em định gửi thêm ở chi nhánh gần nhà.")
B("everyday_back_work", "Hôm nay đi làm lại sau Tết, mọi người nhớ mang theo thẻ nhân viên và quay lại ca cũ nhé.")
B("everyday_hui", "Em nhận lương rồi, để tối em chuyển khoản trả chị tiền hụi nhé.")
B("company_salary", "Phòng kế toán: lương tháng 11 đã chuyển vào tài khoản ngân hàng của anh chị, ai chưa nhận được thì báo lại trước thứ Sáu.")
B("job_real", "Cửa hàng tuyển nhân viên bán hàng ca tối, phỏng vấn trực tiếp tại cửa hàng số 12 đường Lê Lợi, không thu bất kỳ khoản phí nào.")
B("health_vaccine", "Trạm y tế {ward} thông báo tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi vào ngày {date}, mang theo sổ tiêm chủng.")
B("bhyt_renew", "BHXH {city}: thẻ bảo hiểm y tế của gia đình hết hạn ngày {date}, vui lòng gia hạn tại đại lý thu hoặc qua ứng dụng VssID.")
B("idcard_done", "Anh ơi em vừa lên công an phường làm lại căn cước, tuần sau có, anh không phải lo.")
B("teen_otp", "tui không bao giờ đưa mã OTP cho ai hết, ngân hàng nói rồi mà.")
B("meeting_urgent", "Khẩn: họp giao ban đột xuất lúc {time}, mọi người có mặt đầy đủ.")
B("verify_relative", "Nếu người thân nhắn tin vay tiền qua Facebook hay Zalo, hãy gọi điện trực tiếp để xác minh trước khi chuyển khoản.")
B("class_reunion", "Cuối tuần này lớp mình họp lớp ở quán cũ, ai đi thì báo lại cho lớp trưởng để đặt bàn nhé.")
B("return_call", "Lúc nãy {pron} gọi em không nghe được, em đang chạy xe, tí nữa em gọi lại nha.")
B("bank_appointment", "{bank} xác nhận lịch hẹn của quý khách tại chi nhánh {city} lúc {time} để mở tài khoản cho con. Quý khách mang theo CCCD và giấy khai sinh.")
B("police_traffic_real", "Tra cứu phạt nguội chỉ trên trang csgt.vn hoặc ứng dụng VNeID; Cảnh sát giao thông không gọi điện bắt chuyển khoản nộp phạt.")


def main():
    lines = ["# Corpus v3 (make_corpus.py, seed 3016). group\tlabel\tmethod\ttyping\ttext"]
    per_label = {"scam": 5, "opening": 5, "benign": 6}
    seen = set()
    for i, (label, method, tpl) in enumerate(T, 1):
        made, tries = 0, 0
        while made < per_label[label] and tries < 60:
            tries += 1
            typing = rng.choice(TYPINGS)
            text = fill(tpl)
            text = re.sub(r"(^|[.:!?] )(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
            text = render(text, typing)
            if text in seen:
                continue
            seen.add(text)
            lines.append("\t".join(["v3-%d" % i, label, method, typing, text]))
            made += 1
    with open("corpus.tsv", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
