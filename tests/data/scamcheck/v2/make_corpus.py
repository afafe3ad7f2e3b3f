#!/usr/bin/env python3
"""Writes corpus.tsv: the scam checker's labelled corpus (issue 16), python3 stdlib only.

Every line comes from a template written for this corpus (one group per template) with
invented fillers (names, amounts, units, numbers, domains under .example/.test/.invalid or
made-up lookalikes), then typed one of the ways visitors type: with diacritics, without,
Telex or VNI keys as typed on a plain keyboard, or teen code. Templates cover every method
in ../shared/seeds 000 and 001, opening moves, and genuine bank/post/telecom/police notices
and family messages that use the scam words.

Columns: group<TAB>label<TAB>method<TAB>typing<TAB>text
  label: scam (harmful request: should read likely_scam), opening (first step, no harmful
  request yet: must not read no_known_signs), benign (must not read likely_scam),
  reenter (a lookup that cannot be read: the screen must ask to re-enter it).
Deterministic (seed 16). split_corpus.py splits it into train and a frozen test part.
"""
import random, sys, unicodedata

SEED = 16
rng = random.Random(SEED)

# ---------------------------------------------------------------- typing variants
def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

TONES = {"\u0301": ("s", "1"), "\u0300": ("f", "2"), "\u0309": ("r", "3"), "\u0303": ("x", "4"), "\u0323": ("j", "5")}
MODS = {"\u0302": ("{0}", "6"), "\u0306": ("w", "8"), "\u031b": ("w", "7")}

def encode_word(word, telex):
    out, tone = "", None
    for ch in unicodedata.normalize("NFD", word):
        if ch in TONES:
            tone = TONES[ch][0 if telex else 1]
        elif ch in MODS:
            t, v = MODS[ch]
            if telex:
                out += out[-1].lower() if t == "{0}" else t
            else:
                out += v
        elif ch in "đĐ":
            out += ("dd" if ch == "đ" else "DD") if telex else ("d9" if ch == "đ" else "D9")
        else:
            out += ch
    if tone:
        # keep trailing punctuation after the tone key
        i = len(out)
        while i > 0 and not out[i - 1].isalnum():
            i -= 1
        out = out[:i] + tone + out[i:]
    return out

def typed(s, how):
    if how == "telex":
        return " ".join(encode_word(w, True) for w in s.split(" "))
    if how == "vni":
        return " ".join(encode_word(w, False) for w in s.split(" "))
    if how == "nodiac":
        return fold(s)
    if how == "teen":
        t = fold(s).lower()
        for a, b in [("chuyen khoan", "ck"), ("so tai khoan", "stk"), ("tai khoan", "tk"), ("khong", "ko"),
                     ("duoc", "dc"), ("ban ", "bn "), (" gi ", " j "), ("nhan tin", "ib"), ("so dien thoai", "sdt"),
                     ("thong tin ca nhan", "ttcn"), ("nhieu", "nhiu"), ("voi ", "vs "), ("qua ", "wa "),
                     ("luon", "lun"), ("biet", "bit"), ("em ", "e "), ("nguoi", "ng")]:
            t = t.replace(a, b)
        return t
    return s

def pick_typing():
    r = rng.random()
    if r < 0.42: return "diacritics"
    if r < 0.66: return "nodiac"
    if r < 0.78: return "telex"
    if r < 0.88: return "vni"
    return "teen"

# ---------------------------------------------------------------- fillers
F = {
 "ten": ["Lan", "Hùng", "Minh", "Tuấn", "Hoa", "Thảo", "Dũng", "Nam", "Hương", "Bình", "Phúc", "Trang"],
 "xung": ["anh", "chị", "ông", "bà", "bạn", "cô", "chú"],
 "tien": ["5.000.000đ", "2 triệu", "15tr", "300.000 đồng", "50 triệu", "1.200.000đ", "800k", "10 triệu đồng", "3.500.000 VND", "25 triệu"],
 "phi": ["phí hồ sơ", "phí bảo hiểm khoản vay", "phí giải ngân", "phí vận chuyển", "thuế thu nhập", "phí nhận thưởng", "phí kích hoạt", "tiền đặt cọc", "phí xác minh", "phí mở khóa"],
 "nganhang": ["Vietcombank", "Agribank", "BIDV", "VietinBank", "Techcombank", "MB Bank", "Sacombank", "ACB", "VPBank", "TPBank"],
 "stk": ["0001 1122 2333", "1903 5566 7788 01", "0071000123456", "9704 2233 4455", "102 883 445 566", "0451 0003 21987", "2188 9900 1234", "19036677882012"],
 "sdt": ["0200 000 0001", "0912 345 678", "0387 654 321", "0868 112 233", "0935 778 899", "0706 554 433", "0563 221 100", "0898 765 432"],
 "dv": ["Công an quận Hoàn Kiếm", "Công an thành phố", "Phòng Cảnh sát hình sự", "Cục Cảnh sát điều tra", "Công an tỉnh", "Bộ Công an", "Công an phường Hồng An", "Phòng PC02"],
 "cap": ["Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Trung úy"],
 "toa": ["Tòa án nhân dân quận 1", "Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân tỉnh", "Viện kiểm sát nhân dân thành phố"],
 "toi": ["rửa tiền", "mua bán ma túy", "lừa đảo chiếm đoạt tài sản", "buôn lậu", "đường dây đánh bạc", "mở tài khoản trái phép"],
 "gio": ["17h hôm nay", "12 giờ trưa nay", "cuối ngày", "2 tiếng nữa", "sáng mai", "trong 24 giờ", "30 phút tới"],
 "link": ["vietcombank.com.xacminh.top", "bidv-vn.online", "vneid-capnhat.test", "dien-luc-hoan-tien.example", "agribank-hotro.com", "nhan-qua-tri-an.example",
          "http://103.45.67.89/vcb/login", "bit.ly/3xQw9Za", "https://vcb-digibank.click", "evn-hoantien.site", "ghn-giaohang.shop", "bhxh-tracuu.xyz", "shopee-ctv.vip", "tinyurl.com/nhanqua25"],
 "apk": ["dichvucong.apk", "https://vneid-update.top/vneid.apk", "EVNapp.apk", "tai app BHXH tại bhxh-vn.online/app.apk", "https://csgt-phatnguoi.top/tracuu.apk"],
 "nhom": ["https://t.me/+AbC12xYz", "zalo.me/g/kdhe77", "https://forms.gle/x8Kq2mN", "t.me/kiemtienonline247", "https://zalo.me/g/vieclam88", "docs.google.com/forms/d/e/1FAI/viewform"],
 "hang": ["Shopee", "Lazada", "Tiki", "TikTok Shop"],
 "mang": ["Viettel", "Vinaphone", "MobiFone"],
 "vat": ["iPhone 15", "xe máy SH", "100 triệu tiền mặt", "tủ lạnh Samsung", "sổ tiết kiệm 50 triệu"],
 "bophan": ["điện lực", "EVN", "nước sạch", "bảo hiểm xã hội", "thuế", "bưu điện", "giáo dục"],
 "nguoithan": ["con", "cháu", "em", "mẹ", "bố", "anh", "chị"],
 "ma": ["mã OTP", "mã xác nhận", "mã 6 số vừa gửi về điện thoại", "mã xác thực", "mã kích hoạt", "6 số trong tin nhắn vừa nhận"],
 "hotline": ["1900 545 413", "1800 1091", "113", "1900 6060", "18001199", "1900 5454 13"],
}
def fill(t):
    out = t
    while "{" in out:
        s = out.index("{"); e = out.index("}", s)
        key = out[s + 1:e]
        out = out[:s] + rng.choice(F[key]) + out[e + 1:]
    return out

# ---------------------------------------------------------------- templates
# (label, method, [variants]); every variant is one template = one group.
T = []
def add(label, method, *variants):
    for v in variants:
        T.append((label, method, v))

# --- 000 (1), 001: fake police, court, procuracy
add("scam", "fake_police",
 "Alo tôi là {cap} {dv}, {xung} liên quan đến vụ {toi}, yêu cầu {xung} chuyển {tien} vào tài khoản {stk} để xác minh.",
 "Đây là {dv}. Tài khoản của {xung} bị dùng để {toi}, {xung} phải chuyển toàn bộ tiền sang tài khoản tạm giữ của cơ quan điều tra ngay.",
 "{toa} thông báo {xung} có lệnh bắt tạm giam. Muốn được xem xét thì nộp tiền bảo lãnh {tien} vào STK {stk} trước {gio}, không được nói với ai.",
 "Tôi là điều tra viên {dv}, {xung} đang bị điều tra vụ {toi}. {xung} đọc giúp tôi {ma} để phong tỏa tài khoản bảo vệ {xung}.",
 "{cap} {dv} đây, hồ sơ của {xung} có dấu hiệu {toi}. {xung} ra chỗ vắng, giữ bí mật với gia đình và làm theo hướng dẫn của tôi.",
 "Cán bộ {dv} gọi: {xung} cần chuyển {tien} cho cơ quan để chứng minh trong sạch, sau khi điều tra xong sẽ trả lại.",
 "Thông báo từ {toa}: {xung} có giấy triệu tập vì nợ cước, bấm số 9 để gặp điều tra viên và nộp {tien} tạm ứng án phí.",
 "{xung} có liên quan đường dây {toi}. Để không bị bắt, {xung} phải nộp {tien} vào tài khoản của viện kiểm sát ngay trong chiều nay.",
 "Công an đây, {xung} cài ứng dụng {apk} để cơ quan kiểm tra điện thoại và khai báo số tài khoản ngân hàng.",
 "CSGT thông báo {xung} có biên bản phạt nguội, nộp phạt qua {link} trước {gio} nếu không sẽ bị tước bằng lái.",
 "{cap} {dv}: chuyển khoản gấp {tien} qua {nganhang} số {stk} để phục vụ điều tra, tuyệt đối giữ kín.",
 "Tôi là {cap} {dv}, {xung} bị nghi {toi}, {xung} gửi ảnh căn cước hai mặt và số thẻ ngân hàng qua Zalo để đối chiếu.",
 "Ông bị truy nã vì {toi}, gọi lại số {sdt} gặp điều tra viên trước {gio}, nếu không lệnh bắt sẽ được thi hành.",
)
# --- authority with no threat (class 6): rank/unit, move to video call, have app ready
add("scam", "authority_no_threat",
 "Chào {xung}, tôi {cap} {dv}. Mời {xung} chuyển sang gọi video Zalo, chuẩn bị sẵn sổ tiết kiệm và ứng dụng ngân hàng để tôi hướng dẫn.",
 "{cap} {dv} cần làm việc với {xung}. {xung} mở sẵn ứng dụng ngân hàng và cho tôi biết số dư hiện tại.",
 "Tôi là {cap} thuộc {dv}. {xung} kết bạn Zalo số {sdt} để cán bộ gọi video làm việc, chuẩn bị căn cước và thẻ ATM.",
 "{dv} mời {xung} gọi video để xác minh hồ sơ, nhớ mang theo điện thoại có app ngân hàng và đăng nhập sẵn.",
)
# --- fake bank / e-wallet, SMS brandname with links, OTP
add("scam", "fake_bank",
 "{nganhang}: tài khoản của quý khách sẽ bị khóa do chưa cập nhật sinh trắc học. Vui lòng truy cập {link} để cập nhật.",
 "[{nganhang}] Quý khách có giao dịch bất thường {tien}. Đăng nhập tại {link} để hủy giao dịch ngay.",
 "Nhân viên {nganhang} đây, chị nâng hạn mức thẻ tín dụng miễn phí, chị đọc {ma} cho em để hoàn tất nhé.",
 "{nganhang} thông báo thẻ của quý khách hết hạn, vui lòng cung cấp số thẻ, ngày hết hạn và mã CVV để gia hạn.",
 "Em bên ngân hàng {nganhang}, hệ thống lỗi nên cần anh đọc lại {ma} và mật khẩu đăng nhập để đồng bộ.",
 "{nganhang}: Tai khoan cua quy khach bi tam khoa. Lien he {sdt} hoac bam {link} de mo khoa trong {gio}.",
 "Quý khách được hoàn tiền {tien} từ {nganhang}, vui lòng nhập số tài khoản và {ma} tại {link} để nhận.",
 "Chúc mừng quý khách được {nganhang} tặng {tien}, cung cấp {ma} và số CCCD để nhận quà.",
 "{nganhang} đổi sim 4G cho khách hàng, vui lòng gửi ảnh căn cước và mã OTP để đăng ký lại dịch vụ.",
)
add("scam", "otp_shape",
 "Mình nhầm số điện thoại nên mã gửi về máy bạn, bạn đọc giúp mình {ma} với.",
 "Bạn ơi cho mình xin 6 số vừa gửi về điện thoại bạn nhé, mình đang đăng ký Zalo bị gửi nhầm.",
 "Shop gửi mã xác nhận đơn hàng về máy {xung}, {xung} đọc lại dãy số đó cho em để giao hàng.",
 "Anh chụp màn hình tin nhắn có mã cho em, em kích hoạt ví giúp anh nhận thưởng.",
 "Em bấm nhầm gửi mã đăng nhập vào số chị, chị nhắn lại mã đó giúp em và mật khẩu cũ nhé.",
)
add("scam", "fake_telecom",
 "Nhà mạng {mang} thông báo thuê bao của {xung} sẽ bị khóa 2 chiều trong {gio} do chưa chuẩn hóa thông tin, bấm {link} để cập nhật.",
 "{mang}: sim của quý khách sẽ bị thu hồi, soạn tin theo cú pháp và cung cấp {ma} cho tổng đài viên.",
 "Tổng đài {mang} tặng gói 4G miễn phí, quý khách nhắn lại số CCCD và {ma} để kích hoạt.",
 "Nhân viên {mang} hỗ trợ nâng cấp eSIM, anh đọc mã QR và mã OTP gửi về máy cho em nhé.",
)
add("scam", "fake_utility",
 "Điện lực thông báo hộ {xung} nợ tiền điện, sẽ cắt điện trong {gio}. Thanh toán ngay qua {link}.",
 "EVN hoàn tiền điện {tien} cho khách hàng, cài ứng dụng {apk} để nhận tiền hoàn.",
 "Cán bộ {bophan} liên hệ: {xung} được hoàn trả {tien}, chuyển trước {phi} {tien} vào STK {stk} để nhận.",
 "Cơ quan thuế thông báo {xung} nợ thuế, nộp {tien} vào tài khoản {stk} trước {gio} để không bị cưỡng chế.",
 "Phòng giáo dục thông báo con {xung} được nhận học bổng, phụ huynh chuyển {phi} {tien} để làm hồ sơ.",
 "Thầy chủ nhiệm đây, cháu nhà mình bị tai nạn đang cấp cứu, gia đình chuyển ngay {tien} vào tài khoản {stk} để mổ.",
)
add("scam", "fake_post",
 "Bưu điện thông báo {xung} có bưu phẩm chứa thẻ ngân hàng và ma túy, chuyển máy sang {dv} để giải quyết.",
 "Bưu kiện của {xung} đang bị giữ do sai địa chỉ, thanh toán {phi} tại {link} để giao lại.",
 "Shipper đây, đơn hàng {hang} của anh cần chuyển khoản trước {phi} {tien} vào {stk} em mới giao được.",
 "VNPost: bưu phẩm chưa phát được, cập nhật địa chỉ và số thẻ tại {link} trong {gio}.",
)
add("scam", "fake_insurance",
 "Bảo hiểm xã hội thông báo {xung} được hưởng trợ cấp {tien}, tải app {apk} và đăng nhập để nhận.",
 "Nhân viên BHYT đây, thẻ bảo hiểm của {xung} bị sử dụng gian lận, gửi thông tin cá nhân và số tài khoản để đối chiếu.",
 "BHXH: sổ bảo hiểm của bạn có khoản chưa rút {tien}, truy cập {link} và nhập {ma} để rút.",
)
add("scam", "fake_vneid",
 "Cán bộ công an phường hỗ trợ chuẩn hóa tài khoản VNeID, {xung} cài ứng dụng {apk} và đọc mã OTP để kích hoạt mức 2.",
 "Tài khoản định danh điện tử của {xung} bị lỗi, cập nhật ngay tại {link} nếu không sẽ bị khóa.",
 "Để tích hợp giấy phép lái xe vào VNeID, {xung} gửi ảnh CCCD, ảnh chân dung và mật khẩu VNeID cho cán bộ.",
)
add("scam", "hacked_account_borrow",
 "{nguoithan} đây, {nguoithan} đang kẹt tiền, chuyển giúp {tien} vào STK {stk} tên người khác nhé, tối {nguoithan} trả.",
 "Ê mày ơi chuyển tạm tao {tien} vào tài khoản {stk} {nganhang}, điện thoại tao hỏng app, mai trả.",
 "Chị ơi em mượn {tien} gấp, chuyển vào tài khoản bạn em {stk} giúp em, đừng gọi điện em đang họp.",
 "Cô ơi mua giúp cháu 5 thẻ cào {mang} mệnh giá 500k rồi chụp mã thẻ gửi cháu với ạ.",
 "{nguoithan} đổi số rồi, đang cần gấp {tien} đóng viện phí, chuyển vào {stk} giúp {nguoithan} nha.",
 "Bạn ơi cho mình vay {tien}, chuyển qua stk {stk} của vợ mình, có gì chiều mình gửi lại.",
)
add("scam", "deepfake_video",
 "Vừa gọi video cho {xung} rồi đó, mạng yếu nên tắt, giờ {xung} chuyển {tien} vào {stk} cho em luôn nhé.",
 "Con gọi video thấy mặt con rồi đấy, mẹ chuyển ngay {tien} cho bạn con theo số {stk}.",
)
add("scam", "investment",
 "Tham gia sàn đầu tư ngoại hối, lợi nhuận 30% mỗi tháng, nạp tối thiểu {tien} vào STK {stk} để mở tài khoản.",
 "Chuyên gia tài chính hướng dẫn đầu tư tiền ảo, cam kết lãi gấp 3 lần, nạp {tien} để nhận mã VIP.",
 "Nhóm kín chứng khoán cho mã tăng trần, phí tham gia {tien}, chuyển vào tài khoản {stk} để được thêm vào nhóm.",
 "Đầu tư vàng online lãi 5% mỗi ngày, rút tiền dễ dàng, nạp tiền vào ví qua {link}.",
 "Sàn đang bị đóng băng, {xung} phải nạp thêm {tien} {phi} mới rút được tiền lãi về tài khoản.",
)
add("scam", "online_task",
 "Tuyển cộng tác viên {hang} làm việc tại nhà, hoa hồng 20%, nạp {tien} làm nhiệm vụ đầu tiên rồi nhận lại cả gốc lẫn lãi.",
 "Làm nhiệm vụ thả tim video nhận 50k mỗi lượt, đơn thứ ba cần chuyển {tien} vào {stk} để mở khóa thưởng.",
 "Bạn đã hoàn thành 2 nhiệm vụ, để rút tiền hoa hồng cần nạp thêm {tien} vào tài khoản {stk}.",
 "Việc nhẹ lương cao, chỉ cần điện thoại, mua hàng ảo cho {hang} rồi nhận hoàn tiền kèm hoa hồng, chuyển trước {tien}.",
 "Casting người mẫu nhí cho nhãn hàng, phụ huynh làm nhiệm vụ trên app và đóng {phi} {tien} để bé được chọn.",
)
add("scam", "online_loan",
 "Hồ sơ vay {tien} của {xung} đã được duyệt, chuyển {phi} {tien} vào STK {stk} để giải ngân.",
 "Công ty tài chính hỗ trợ vay không cần thế chấp, nộp {phi} trước rồi nhận tiền trong 30 phút.",
 "Khoản vay bị treo do sai số tài khoản, {xung} đóng thêm {phi} {tien} để mở băng khoản vay.",
 "Hôm qua chúng tôi chuyển nhầm {tien} vào tài khoản của {xung}, {xung} chuyển lại vào STK {stk} giúp nhé, nếu không sẽ báo công an.",
)
add("scam", "prize",
 "Chúc mừng số điện thoại của {xung} trúng thưởng {vat}, nộp {phi} {tien} vào tài khoản {stk} để nhận quà.",
 "Tri ân khách hàng, {xung} trúng {vat}, truy cập {link} nhập thông tin thẻ ngân hàng để nhận giải.",
 "Bạn là khách hàng may mắn của {hang}, nhận thưởng {tien} tại {link} trước {gio}.",
 "Lệnh nhận giải thưởng: quý khách trúng {vat}, vui lòng chuyển thuế thu nhập {tien} theo hướng dẫn của nhân viên.",
)
add("scam", "shopping_deposit",
 "Hàng xách tay giá rẻ, {xung} đặt cọc {tien} vào {stk} để giữ hàng, còn lại trả khi nhận.",
 "Vé máy bay giá rẻ chỉ hôm nay, chuyển khoản {tien} vào tài khoản {stk} để giữ chỗ ngay.",
 "Đơn hàng của {xung} bị lỗi thanh toán, bấm {link} nhập số thẻ để hoàn tiền.",
)
add("scam", "charity",
 "Quỹ từ thiện kêu gọi ủng hộ bé bị ung thư, chuyển khoản vào STK cá nhân {stk} của quản trị viên.",
 "Ủng hộ đồng bào vùng lũ, mọi khoản ủng hộ xin chuyển vào tài khoản {stk} chủ tài khoản là {ten}, cần gấp trong {gio}.",
)
add("scam", "romance_gift",
 "Anh gửi em quà từ Mỹ gồm vàng và đô la, em đóng {phi} {tien} cho hải quan để nhận nhé em yêu.",
 "Em yêu, anh đang kẹt ở sân bay, em chuyển giúp anh {tien} vào tài khoản {stk}, về anh trả gấp đôi.",
)
add("scam", "travel_labour",
 "Xuất khẩu lao động Nhật Bản lương 40 triệu, đóng trước {phi} {tien} vào STK {stk} để giữ suất.",
 "Du học Hàn Quốc bao đậu visa, nộp cọc {tien} qua tài khoản cá nhân {stk} trong {gio}.",
 "Tour du lịch Thái Lan 0 đồng, chỉ cần đặt cọc {tien} và gửi ảnh hộ chiếu.",
)
add("scam", "fake_app_install",
 "Tải ứng dụng {apk} để nhận hỗ trợ, cấp quyền trợ năng khi máy hỏi.",
 "Bấm vào {link} tải app quản lý tiền điện mới, đăng nhập bằng tài khoản ngân hàng.",
 "Cài phần mềm hỗ trợ từ xa TeamViewer để nhân viên {nganhang} xử lý lỗi thẻ cho {xung}.",
)
add("scam", "click_link_bad",
 "Tài khoản Facebook của bạn vi phạm chính sách, xác minh ngay tại {link} trong {gio}.",
 "Ảnh của bạn bị đăng lên nhóm này, xem tại {link} và đăng nhập để báo cáo.",
 "Bạn có một tin nhắn thoại chưa nghe, đăng nhập tại {link} để nghe.",
)
add("scam", "joined_requests",
 "Quý khách vui lòng gửi số CCCD và mã OTP hoặc chuyển {tien} phí duy trì để tránh bị khóa tài khoản.",
 "{xung} đọc cho em số thẻ, ngày hết hạn và mật khẩu để em kiểm tra giúp.",
 "Cung cấp họ tên, số căn cước và mật khẩu ứng dụng ngân hàng hoặc đọc mã gửi về máy để xác thực.",
 "Gửi giúp em ảnh hai mặt CCCD và ảnh chụp thẻ ngân hàng, em làm hồ sơ nhận trợ cấp cho {xung}.",
 "Anh đưa sim cho em mượn và nói mật khẩu Zalo, em đăng nhập giúp anh nhận quà.",
)

# --- opening moves: no harmful request yet (class 2)
add("opening", "new_number",
 "{nguoithan} đây, {nguoithan} đổi số mới rồi, lưu số này nhé.",
 "Alo {xung} ơi, đây là số mới của em, số cũ em mất rồi.",
 "Mình là {ten} đây, đổi sim mới, {xung} lưu lại số này giúp mình nhé, có việc muốn nhờ.",
 "Chào chị, em là bạn học cũ của chị đây, số mới của em nè, chị còn nhớ em không?",
)
add("opening", "are_you_there",
 "{xung} có đó không? Em có việc gấp cần nhờ.",
 "Có rảnh không, nhắn lại cho mình chút nha, chuyện quan trọng.",
 "{xung} ơi đang ở đâu đấy, nghe máy được không, em cần nhờ một chút.",
 "Hello {xung}, lâu quá không gặp, dạo này thế nào, có đó không?",
)
add("opening", "befriend",
 "Chào {xung}, mình thấy {xung} trong nhóm, kết bạn Zalo với mình nhé.",
 "Hi anh, em là {ten}, em thấy anh dễ thương nên muốn làm quen, anh kết bạn với em nha.",
 "Chào bạn, mình tình cờ thấy trang cá nhân của bạn, làm quen được không?",
 "Anh ơi em nhắn nhầm số, nhưng nói chuyện với anh vui quá, mình kết bạn nhé.",
)
add("opening", "join_group",
 "Mời {xung} vào nhóm chia sẻ cách kiếm tiền online: {nhom}",
 "Tham gia nhóm kín của chuyên gia để nhận mã chứng khoán miễn phí {nhom}",
 "Bạn được mời vào nhóm Zalo nhận quà tri ân, bấm {nhom} để vào nhóm.",
 "Vào nhóm Telegram {nhom} để được hướng dẫn làm việc tại nhà.",
)
add("opening", "job_offer",
 "Tuyển gấp 20 cộng tác viên làm online tại nhà, thu nhập 300-500k/ngày, không cần kinh nghiệm, ib để biết thêm.",
 "Chào bạn, bên mình đang tuyển nhân viên đánh giá sản phẩm {hang}, làm trên điện thoại, lương ngày, bạn quan tâm không?",
 "Việc làm thêm cho mẹ bỉm, chỉ cần điện thoại, 1-2 tiếng mỗi ngày, nhắn tin để nhận việc.",
 "Công ty em cần người làm part-time online, lương 8-15 triệu, điền thông tin tại {nhom}",
)
add("opening", "loan_offer",
 "Hỗ trợ vay tiêu dùng đến 50 triệu, chỉ cần CCCD, giải ngân trong ngày, liên hệ {sdt}.",
 "Bạn cần vay tiền không? Duyệt nhanh, không thẩm định, lãi thấp, ib em.",
 "Vay online không thế chấp, nợ xấu vẫn vay được, đăng ký tại {nhom}",
)
add("opening", "stranger_link",
 "Chào bạn, xem giúp mình bài này với {nhom}",
 "Điền phiếu khảo sát nhận quà tại {nhom}",
 "Anh xem hình này có phải anh không {link}",
 "Link nhóm đây nè {nhom}",
)
add("opening", "prize_teaser",
 "Chúc mừng bạn đã được chọn là khách hàng may mắn của {hang} tuần này, chúng tôi sẽ liên hệ lại.",
 "Số điện thoại của bạn vừa trúng giải đặc biệt, nhân viên sẽ gọi cho bạn trong hôm nay.",
)
add("opening", "authority_callback",
 "Đây là {dv}, đề nghị {xung} giữ máy để cán bộ liên hệ làm việc.",
 "Bạn có một cuộc gọi nhỡ từ {toa}, vui lòng gọi lại {sdt} để biết thêm chi tiết.",
 "{xung} có thư bảo đảm từ tòa án chưa nhận, bấm phím 0 để gặp nhân viên.",
)

# --- benign: genuine notices and family messages that use every scam word (classes 3, 6)
add("benign", "bank_notice_negated",
 "{nganhang} không bao giờ yêu cầu quý khách cung cấp mã OTP, mật khẩu hay số thẻ qua điện thoại, tin nhắn hoặc đường link.",
 "{nganhang} khuyến cáo: chúng tôi không bao giờ gọi điện yêu cầu khách hàng chuyển tiền vào tài khoản khác hay cài ứng dụng lạ.",
 "Lưu ý: nhân viên {nganhang} tuyệt đối không yêu cầu khách hàng đọc mã xác thực, không gửi đường link đăng nhập qua SMS.",
 "{nganhang}: TK {stk} -{tien} luc 10:25. SD: 12.450.000 VND. Ma OTP chi dung de xac thuc giao dich cua chinh quy khach, khong cung cap cho bat ky ai.",
 "Mã OTP của quý khách là 482913. Tuyệt đối không cung cấp mã này cho bất kỳ ai, kể cả nhân viên ngân hàng.",
 "{nganhang} thông báo: tài khoản {stk} +{tien} ngày 12/08, nội dung chuyển tiền học phí. Hotline {hotline}.",
 "Quý khách lưu ý: {nganhang} không yêu cầu cập nhật sinh trắc học qua đường link. Hãy cập nhật trực tiếp trên ứng dụng chính thức hoặc tại quầy.",
)
add("benign", "police_warning",
 "{dv} cảnh báo: đối tượng giả danh công an gọi điện yêu cầu chuyển tiền vào tài khoản tạm giữ để xác minh. Người dân tuyệt đối không làm theo.",
 "Cảnh báo thủ đoạn lừa đảo: kẻ gian mạo danh nhân viên ngân hàng đề nghị đọc mã OTP để nâng hạn mức thẻ. Nếu nhận được cuộc gọi như vậy hãy báo ngay cho công an.",
 "Công an khuyến cáo người dân cảnh giác với các tin nhắn mời làm cộng tác viên, làm nhiệm vụ nhận hoa hồng rồi yêu cầu nạp tiền.",
 "Thủ đoạn mới: đối tượng gửi đường link giả mạo {nganhang} yêu cầu đăng nhập để nhận quà. Người dân không truy cập link, không cung cấp thông tin cá nhân.",
 "{dv} thông báo: cơ quan công an không làm việc qua điện thoại, không yêu cầu người dân chuyển tiền hay cài ứng dụng. Khi có nghi ngờ, gọi 113.",
 "Thực hiện 5 không 2 phải: không thực hiện yêu cầu của người lạ, không chuyển khoản cho người chưa xác minh, không đầu tư theo lời mời trên mạng; phải cảnh giác, phải tố giác.",
 "Cảnh báo: xuất hiện tình trạng giả danh cán bộ thuế, điện lực gọi điện đòi nợ tiền điện và yêu cầu thanh toán qua link lạ. Người dân hãy cảnh giác.",
 "Tuyên truyền phòng chống lừa đảo: không nghe theo lời mời vay tiền online phải nộp phí trước, không chuyển tiền để nhận thưởng.",
 "Nếu có người tự xưng là {cap} gọi video yêu cầu chuẩn bị sổ tiết kiệm thì đó là lừa đảo, hãy cúp máy và báo công an phường.",
)
add("benign", "telecom_notice",
 "{mang} thông báo: quý khách đã đăng ký thành công gói cước 4G tháng, dung lượng 6GB/ngày. Chi tiết gọi {hotline} (miễn phí).",
 "{mang} khuyến cáo khách hàng không cung cấp mã OTP đổi sim cho bất kỳ ai. Đổi sim chỉ thực hiện tại cửa hàng chính thức.",
 "Tổng đài {mang}: cước tháng 7 của quý khách là 185.000đ, thanh toán qua ứng dụng My{mang} hoặc tại cửa hàng.",
)
add("benign", "post_notice",
 "Bưu điện Việt Nam: bưu gửi của quý khách đã đến bưu cục Hồng An, mời quý khách mang CCCD đến nhận trước ngày 20/08.",
 "VNPost không thu phí qua đường link và không yêu cầu chuyển khoản để nhận bưu phẩm. Mọi thắc mắc gọi {hotline}.",
 "Đơn hàng {hang} của bạn đang được giao, shipper sẽ gọi trong hôm nay. Thanh toán khi nhận hàng {tien}.",
)
add("benign", "utility_notice",
 "Điện lực thông báo tạm ngừng cấp điện khu vực phường Hồng An từ 7h đến 11h ngày 15/8 để bảo trì lưới điện.",
 "EVN không gọi điện yêu cầu khách hàng chuyển tiền hay cài ứng dụng để hoàn tiền điện. Quý khách thanh toán qua ứng dụng chính thức.",
 "Tiền nước tháng 8 của hộ {ten} là 156.000đ, vui lòng thanh toán tại quầy hoặc qua ngân hàng trước ngày 25.",
)
add("benign", "family",
 "Mẹ ơi con chuyển khoản cho mẹ {tien} rồi nhé, mẹ kiểm tra tài khoản xem nhận được chưa.",
 "{nguoithan} ơi tối nay về ăn cơm không, mẹ nấu canh chua.",
 "Anh gửi em số tài khoản {stk} {nganhang} để em trả tiền nhà tháng này nha.",
 "Con đến trường rồi, chiều nay con học thêm nên về muộn, mẹ đừng lo.",
 "Bố chuyển tiền học phí cho con rồi, con nộp cho trường và giữ biên lai nhé.",
 "Em nhận được tin nhắn bảo trúng thưởng, chắc là lừa đảo nên em xóa rồi, chị cũng cẩn thận nhé.",
 "Có đứa gọi bảo là công an đòi chuyển tiền, mẹ cúp máy luôn rồi, không chuyển đồng nào.",
 "Chị ơi mã OTP ngân hàng gửi về là để mình tự nhập thôi, đừng đọc cho ai nghe nhé.",
 "Cuối tuần cả nhà về quê thăm ông bà, con nhớ mua quà cho bà nha.",
 "Anh ơi em vừa đặt cọc tiền phòng cho chủ nhà theo hợp đồng rồi, tối gửi anh ảnh biên nhận.",
)
add("benign", "everyday",
 "Tối nay 7h họp tổ dân phố tại nhà văn hóa, mọi người đến đúng giờ nhé.",
 "Cho mình hỏi lịch tiêm vắc xin cho trẻ tháng này ở trạm y tế phường là khi nào?",
 "Chào {xung}, em là {ten} bên phòng kế toán, tài liệu họp mai em gửi qua email rồi ạ.",
 "Lớp học tiếng Anh miễn phí cho người cao tuổi khai giảng thứ hai tuần sau tại nhà văn hóa.",
 "Chủ nhật này chợ phiên bán rau sạch, bà con nhớ ghé ủng hộ.",
 "Nhóm bạn học cũ họp lớp ngày 20/9, ai tham gia thì báo lại trước thứ sáu nhé.",
 "Cảm ơn {xung} đã mua hàng, đơn của {xung} sẽ được giao trong 2-3 ngày.",
 "Trường thông báo họp phụ huynh lúc 8h sáng thứ bảy, phụ huynh vui lòng đến đúng giờ.",
)
add("benign", "gov_notice",
 "UBND phường Hồng An thông báo lịch tiếp công dân: sáng thứ năm hằng tuần tại trụ sở.",
 "Cơ quan bảo hiểm xã hội không gọi điện yêu cầu người dân cung cấp thông tin cá nhân hay chuyển tiền để nhận trợ cấp.",
 "Công an phường hướng dẫn kích hoạt VNeID mức 2 trực tiếp tại trụ sở, không thu phí, không làm qua điện thoại.",
 "Tòa án nhân dân không gửi giấy triệu tập qua tin nhắn, không yêu cầu nộp tiền qua tài khoản cá nhân.",
)
add("benign", "job_real",
 "Cửa hàng tiện lợi cần tuyển nhân viên bán hàng ca tối, đến phỏng vấn trực tiếp tại cửa hàng, không thu phí.",
 "Hội chợ việc làm của phường diễn ra ngày 10/9, người lao động mang theo hồ sơ, hoàn toàn miễn phí.",
)

# ---------------------------------------------------------------- lookups (class 7)
L = []
def addl(label, method, *texts):
    for t in texts:
        L.append((label, method, t))
addl("scam", "lookup_blocklisted_trailing",
 "0200 000 0001.", "0200000001?", "0200.000.0003 !!", "số 0200 000 0001 nè", "0200 000 0001 🙏", "+84 200 000 0002,",
 "vietcombank.com.xacminh.example/dang-nhap.", "https://nhan-qua-tri-an.example/nhan-thuong 👈", "lua-dao-vi-du.invalid?", "(vneid-capnhat.test)",
 "dien-luc-hoan-tien.example nhé", "link: lua-dao-vi-du.invalid")
addl("scam", "lookup_bad_host",
 "http://0x7f000001/vcb/login", "http://3232235777/dangnhap", "http://0xC0A80101/bidv", "vietcombank.com.xacminh.top", "bidv-vn.online/login", "vіetcombank.com")
addl("opening", "lookup_foreign",
 "0085512345678", "00855 12 345 678", "+855 12 345 678", "0086 138 0013 8000", "+1 202 555 0143", "00447911123456", "+66 81 234 5678", "0063 917 123 4567")
addl("reenter", "lookup_bad_length",
 "091234567", "09123456789", "0912 345 67", "038765432", "08681122334", "0935 77 88", "0312345", "090 123 45678", "0981234", "07065544")
addl("benign", "lookup_fine",
 "113", "0912 345 678.", "1900 545 413", "vietcombank.com.vn", "https://dichvucong.gov.vn/", "0243 825 1234", "18001091")

def main():
    rows = []
    n_per = {"scam": 6, "opening": 7, "benign": 6}
    for g, (label, method, tmpl) in enumerate(T):
        seen = set()
        for _ in range(n_per[label] * 3):
            if len([r for r in rows if r[0] == g]) >= n_per[label]:
                break
            base = fill(tmpl)
            how = pick_typing()
            text = typed(base, how)
            if text in seen:
                continue
            seen.add(text)
            rows.append((g, label, method, how, text))
    g0 = len(T)
    for i, (label, method, text) in enumerate(L):
        rows.append((g0 + i, label, method, "lookup", text))
    out = sys.stdout if len(sys.argv) < 2 else open(sys.argv[1], "w", encoding="utf-8")
    out.write("# Written by make_corpus.py (seed %d); see its docstring. group\tlabel\tmethod\ttyping\ttext\n" % SEED)
    for r in rows:
        out.write("%d\t%s\t%s\t%s\t%s\n" % (r[0], r[1], r[2], r[3], r[4].replace("\t", " ")))

if __name__ == "__main__":
    main()
