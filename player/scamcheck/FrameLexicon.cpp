// SPDX-License-Identifier: GPL-3.0-or-later
// The frame lexicon: phrases (TextNormalizer's words, aliases expanded) and the frame each
// one signals. A phrase written without diacritics meets the word whatever its accent; one
// written with them ("lãi", "cần", "điền") meets text typed without diacritics and, in text
// typed with them, only that accent ("lại", "cán bộ", "điện" do not); "=ngay" is "ngay"
// exactly, not "ngày". Kept as one table so a reviewer sees every
// cue at once; weights are not here (Model.h: fitted by scripts/scamcheck-train.py).
// Written from the methods in ../shared/seeds 000 and 001 and the corpus's train part.
#include "scamcheck/FrameLexicon.h"

namespace signage::scamcheck {

const char* const kFrameLexicon = R"(
# "đừng" + a verb (folded "dung" is also "dùng", so only with the verb): a negation that reaches back
negverb: đừng đọc | đừng cung cấp | đừng chia sẻ | đừng gửi | đừng chuyển | đừng bấm | đừng cài | đừng nhập | đừng tiết lộ
neg: khong | chẳng | cấm | tuyet doi khong | khong bao gio | khong he | khong nen | đừng bao giờ
# phrases that hold a "khong" but negate nothing: threats, lures, secrecy demands, questions
threat: duong day lua dao | vu an lua dao | vu lua dao | duong day rua tien | mat co hoi | neu khong | khong thi | bi khoa | khoa tai khoan | tam khoa | khoa 2 chieu | khoa hai chieu | tam giam | lenh bat | bi bat | bat giam | truy na | rua tien | ma tuy | vi pham | cat dien | thu hoi | cuong che | khoi to | lien quan | duong day | phat nguoi | nop phat | bi dieu tra | dang bi dieu tra | tuoc bang | đóng băng | bi treo | vo hieu | bi loi | gian lan | bat thuong | het han | bao cong an | bi phat | nghi ngo | nghi van | de khong | de khong bi | de tranh bi | hang cam | chat cam | vat cam
lure.easy: chi can | khong can | khong the chap | khong tham dinh | khong can kinh nghiem | khong mat phi | mien phi | no xau van | 0 dong | duyet nhanh | bao dau
req.secrecy: khong duoc noi | khong noi voi ai | khong duoc bao | khong bao cho ai | khong cho ai biet | giu bi mat | giu kin | tuyet doi giu | dung noi | dung goi | cho vang | ra cho vang | mot minh | khong duoc tiet lo | khong noi cho ai | khong ke cho ai | khong duoc ke | khong de ai biet | khong duoc cho ai biet
open.there: co do khong | co ranh khong | dang o dau | nghe may duoc khong | nghe may | co day khong | con nho em khong | con nho khong | lau qua khong gap | ranh khong
# "cấm" and "cảm" fold onto the negation "cam": the nouns and "cảm ơn" are no negation
ctx.thanks: cam on | cam nhan | cam thay
# an account opened in the victim's friend's name: the hacked-account script
req.newacct: trung ten | tai khoan moi mo | tai khoan moi | tk moi mo | tai khoan phu
# requests
# "chuyển" alone is also "move" (chuyển nhà, chuyển địa điểm): weighed apart from req.money
req.move: chuyển
# "chuyển vào / sang / qua" are money only towards an account, a wallet or with an amount
# ("chuyển sang phòng 204" is a move): req.move + Frames.cpp's moneyAhead decides
req.money: chuyen tien | chuyen khoan | chuyen toan bo | chuyen het | chuyen giup | chuyen tam | chuyen lai | chuyen truoc | chuyen ngay | nop tien | nop | nap | nap tien | nap them | gui tien | dong tien | thanh toan | dat coc | cho muon | cho vay | ung ho | tra tien | tam ung | dong phi | dong truoc | dong ngay | muon tien | muon tam | vay giup | chuyen cho | chuyen ho | coc truoc | tien coc | ung truoc | tien hang | nap them von | vao von | cọc | đóng | mượn | =vay
req.fee: phi | le phi | an phi | tien bao lanh | bao lanh | thuế | thuế thu nhập | tien coc | phi ho so | phi giai ngan | phi bao hiem | phi kich hoat | phi xac minh | phi mo khoa | phi nhan thuong | phi van chuyen | phi duy tri
req.code: otp | ma otp | ma xac nhan | ma xac thuc | ma kich hoat | ma dang nhap | ma gui ve | ma vua gui | ma vua nhan | 6 so | sau so | day so | tin nhan co ma | ma the | ma qr | mxn | chu so | 6 chu so | ma gom | day 6
req.data: can cuoc | cccd | cmnd | chung minh | thong tin ca nhan | ho ten | anh chan dung | ho chieu | hai mat | anh chup | chup man hinh | ngay sinh | sinh trac hoc | tai khoan vneid | de lai dia chi | gui dia chi | cho xin dia chi | anh hai mat
req.card: so the | the ngan hang | ngay het han | cvv | the atm | the tin dung | thong tin the | han muc
req.password: mat khau | mat ma | password | pass
req.sim: sim | esim | doi sim
req.install: cai dat | cai ung dung | tai app | tai ung dung | apk | phan mem | teamviewer | ultraviewer | trợ năng | cap quyen | dieu khien tu xa | cai app | tai ve ung dung | cai ban moi | cài
req.click: bam vao | nhan vao | truy cap | dang nhap | bam link | link | duong link | duong dan | bam | click | vao trang | vao link | nhap
req.videocall: goi video | video call | chuyen sang goi | facetime | goi zalo | gap mat qua video
req.prepare: chuan bi san | mo san | dang nhap san | so tiet kiem | ung dung ngan hang | app ngan hang | mang theo dien thoai | san sang
req.buycard: the cao | mua the | ma the cao | nap the
req.verb: yeu cau | de nghi | vui long | cần | phai | giup | cho em | cho toi | cho minh | đọc | đọc giúp | đọc lại | gui | gui giup | nhan lai | cung cap | chia se | điền | khai bao | xac minh | xac thuc | cap nhat | ke khai | nhap | hãy
urgent: gấp | khan | khan cap | lap tuc | ngay lap tuc | hom nay | trong ngay | 24 gio | 24h | 30 phut | 2 tieng | =nhanh | cuoi ngay | chieu nay | toi nay | sang mai | trua nay | han chot | ngay bay gio | goi ngay | lien he ngay | lam ngay | ngay di | ngay trong ngay | trong hom nay | trong 24h | trong 30 phut | =ngay
# who the sender claims to be
id.police: cong an | canh sat | dieu tra vien | co quan dieu tra | canh sat giao thong | bo cong an | pc02 | cuc canh sat | hinh su | can bo dieu tra
id.court: toa an | vien kiem sat | tham phan | giay trieu tap | kiem sat vien | an phi | thi hanh an
id.rank: thuong uy | dai uy | thieu ta | trung ta | trung uy | thuong ta | dai ta | thieu uy | can bo | chien si
id.bank: ngan hang | nhan vien ngan hang | vietcombank | agribank | bidv | vietinbank | techcombank | mb bank | mbbank | sacombank | acb | vpbank | tpbank | vcb | hdbank | vib | momo | zalopay | vi dien tu | the tin dung
id.telecom: nha mang | tong dai | viettel | vinaphone | mobifone | thue bao | goi cuoc | tong dai vien
id.post: buu dien | buu pham | buu kien | vnpost | shipper | giao hang | don hang | buu cuc | hai quan
id.utility: dien luc | evn | tien dien | nuoc sach | co quan thue | tien nuoc | phong giao duc | nha truong | thay chu nhiem | cô giáo
id.insurance: bao hiem xa hoi | bao hiem y te | bhxh | bhyt | bao hiem | tro cap
id.vneid: vneid | dinh danh | dinh danh dien tu | chuan hoa | muc 2
id.family: me oi | bo oi | con day | em đây | chau day | anh day | chi day | me day | bo day | ban oi | may oi | =tao | con oi | chi oi | anh oi | co oi | em yeu | anh yeu
id.shop: shop | cua hang | nhan vien | cham soc khach hang | cong ty
# lures
lure.prize: trung thuong | trung giai | qua tang | nhan thuong | nhan qua | khach hang may man | tri an | giai thuong | giai dac biet | da trung | tang qua | duoc tang | qua tri an | hoc bong | voucher | chuc mung ban | duoc chon | phan qua | qua tang | trúng | tặng
# "thu nhập" (income) and "lương" (wage) alone are in every tax, payroll and pension notice:
# a lure only with what is promised ("thu nhập cao", "lương 500k/ngày": the amount follows)
lure.job: kiem tien | kiem tien online | kiem them | cong tac vien | viec lam | tuyển | tuyển gấp | nhiem vu | hoa hong | part time | thu nhap cao | thu nhap hap dan | thu nhap khung | thu nhap them | thu nhap on dinh | thu nhap tu | thu nhap moi ngay | thu nhap 1 ngay | luong cao | luong khung | luong hap dan | luong tu | luong theo ngay | luong ngay | lam tai nha | viec nhe | lam online | lam them | danh gia san pham | tha tim | casting | nguoi mau
lure.loan: ho tro vay | khoan vay | ho so vay | giai ngan | vay tieu dung | vay online | vay tien | the chap | duyet
lure.invest: dau tu | loi nhuan | forex | ngoai hoi | tien ao | coin | chung khoan | ma vip | tang tran | cam ket | gap 3 | gap doi | lãi suất | chuyen gia | tiền lãi | lãi cao | lãi khủng | hưởng lãi | san giao dich | vao san | san dau tu | nap vao san | tren san | san ngoai hoi | san coin | usdt | niem yet | x10 | gia goc | tien dien tu | bitcoin | chi ma | nhom vip | keo thom | lãi | sàn
lure.refund: hoan tien | hoan tra | chuyen nham | nhan lai tien | tien hoan
# pay a little to get more back: the task and "order refund" scripts
lure.task: duoc hoan | de duoc hoan | hoan lai | hoan von | hoan ca goc | ca goc lan lai | nhan lai ca goc | ca von lan lai | hoan goc | nhan ve | de nhan duoc
lure.romance: qua tu my | do la | em yeu | anh yeu | ket o san bay | vàng
lure.charity: tu thien | ung ho dong bao | quy tu thien | vung lu | benh hiem ngheo | ung thu
lure.travel: xuat khau lao dong | du hoc | visa | tour | ve may bay | gia re | hang xach tay
# opening moves
open.newnumber: so moi | doi so | doi sim | luu so | luu lai so | so cu | sim moi | so nay | mat so
open.befriend: ket b | kb zalo | ket zalo | add zalo | ib | inbox | ib minh | nhan tin rieng | ket ban | lam quen | nhan nham | de thuong | tinh co thay | trang ca nhan | ban hoc cu | noi chuyen
open.group: them vao nhom | duoc them vao | tin ghim | doc tin ghim | vao nhom | tham gia nhom | nhom kin | nhom zalo | telegram | nhom chia se | moi vao | duoc moi | nhom
open.favor: co viec | can nho | viec gap | chuyen quan trong | nho mot chut | giup em | giup minh | nho chut | nho ti viec | nho viec | nho xiu | nhờ
open.callback: giu may | bam so | bam phim | lien he lai | se goi | se lien he | cuoc goi nho | thu bao dam | goi lai so | goi lai so nay | goi lai so may | goi lai tong dai | vui long goi lai | de nghi goi lai | hay goi lai | phan hoi co | tra loi co | soan co
# where money is to go, named in words ("vào tài khoản của viện kiểm sát"); matched beside
# the frames (Frames.cpp), for x.money_nodest
dest: vao tai khoan | vao so tai khoan | sang tai khoan | vao stk | sang stk | tai khoan cua | tai khoan nay | so tai khoan | vao vi | qua vi | cho ben | cho ben ho | vao tk | tk cua | vao tai khoan cua | qua tai khoan | qua so tai khoan | qua stk | qua tk | sang tk | vao momo | qua momo | sang momo | qua zalopay | vao zalopay | vao the | qua ngan hang | vao ngan hang | sang ngan hang | qua vi dien tu | vao vi dien tu
# "is this you?" about a photo or video, the bait before a link (written with diacritics:
# "anh của bạn" is "your brother", "ảnh của bạn" "your photo")
open.photo: có phải anh không | có phải bạn không | có phải chị không | có phải em không | phải anh không | phải bạn không | xem hình này | xem ảnh này | ảnh của bạn | hình của bạn | video của bạn | bị đăng lên | bị phát tán
# an unsolicited offer that asks whether you are interested
open.offer: quan tam khong | quan tam ko | co quan tam | ban quan tam | bn quan tam | ai quan tam | nhan viec | inbox nhan
# a scammer named in the third person: what follows in the clause is reported, not asked
actor: ke gian | ke xau | ke lua dao | bon lua dao | cac doi tuong | doi tuong lua dao | ke mao danh | bon chung | chung thuong | doi tuong xau | neu co ai | co ai | neu ai | ai goi | ai hoi | ai nhan | ai xung | nguoi tu xung | nguoi la | ai la | gia danh | mao danh | tu xung
# a transfer's memo in a bank alert ("nội dung: chuyển tiền học phí"): the rest of the clause is quoted
memo: noi dung | noi dung chuyen khoan | noi dung ck | nd ck | ndck
# the asker's own account kept for a person ("tài khoản cá nhân"): charity, tours, fees paid to a person
req.personal: tai khoan ca nhan | tai khoan rieng | stk ca nhan | so tai khoan ca nhan
# genuine-notice framing: the official channel named (counter, office, official store), a
# finished transaction or delivery told, a code GIVEN to the reader with its validity
ctx.channel: tai quay | den quay | quay giao dich | tai tru so | den tru so | cua hang gan nhat | chi nhanh gan nhat | tai buu cuc | diem thu | dai ly thu | kho ung dung chinh thuc | ch play | app store | chi tren trang | chi tren ung dung | chi qua ung dung | chi qua kenh | chi tai quay | mang theo cccd | mang theo can cuoc | mang theo giay | truc tiep tai | tong dai in tren the | so in tren the
ctx.done: giao dich chuyen khoan | giao dich chuyen tien | giao dich thanh toan | da chuyen vao | da nhan | ban da nhan | da thanh toan | thanh toan thanh cong | thanh cong | ma giao dich | da giao | giao thanh cong | dang duoc giao | da duoc chap nhan | da duoc hoan | tai khoan chinh | bo qua neu
ctx.codegiven: hieu luc | co hieu luc | cua quy khach la | cua ban la | la ma dang nhap | la ma xac thuc | la ma otp
# "if this was not you, …": a genuine alert's advice after a code or a transaction it reports
# (a scam borrows it too, then names a link: the model weighs it with the rest)
ctx.notyou: neu khong phai ban | neu khong phai quy khach | neu khong phai la ban | neu khong phai anh | neu khong phai chi | neu quy khach khong thuc hien | neu ban khong thuc hien | neu khong phai quy khach thuc hien | neu khong phai ban thuc hien
# a plea of lacking money ("không có tiền đóng viện phí"): "không" + "có tiền" states a lack,
# it negates no request (the favour asked after it is still asked)
need.money: khong co tien | khong du tien | khong co du tien | het tien | thieu tien | khong mang theo tien | khong mang tien | khong kip
# a reason both sides already know, or money already sent: "như mọi lần", "như hôm qua nói",
# "tao chuyển rồi" (a request from a stranger or a hijacked account has no shared past)
ctx.known: nhu moi lan | nhu lan truoc | nhu hom truoc | nhu da noi | nhu da hen | noi truc tiep | nhu thuong le | nhu hom nay noi | hom qua o nha | da noi o | nhu thang truoc | chuyen roi | tra roi | gui roi | nhan duoc tien | nhan duoc roi | chuyen khoan tra roi | da tra | da chuyen
# everyday phrases holding a cue's folded word, which signal nothing: typed without
# diacritics "luu lai" (lưu lại) would otherwise meet "lãi" (interest); the longest phrase wins
plain: thu nhap | lương | thu nhap ca nhan | thu nhap chiu thue | luong huu | tien luong | bang luong | cong dong | dong nghiep | bao nhieu vay | the nao vay | sao vay | vay ha | vay nhi | vay ta | nop ho so | nop don | nop giay to | nop ban sao | nop bao cao | nop bai | lưu lại | tương lai | nói lại | làm lại | xem lại | quay lại | trở lại | lại nhé | lại nha | lại rồi | dừng lại | gửi lại | nhắc lại | còn lại | ở lại | đi lại | lại đây | lại lần | lại cho | lại giúp
# warning and notice context
warn: canh bao | thu doan | doi tuong | ke gian | lua dao | khuyen cao | canh giac | to giac | bao ngay | goi 113 | nguoi dan | luu y | tuyet doi | tuyen truyen | phong chong | 5 khong | nam khong | chinh thuc | tai quay | truc tiep | cup may | xóa | cham soc | ke xau | gia mao | khong lam theo | thong tin sai | bat ky ai | cho bat ky ai | chi dung de | tu nhap
notice: thong bao | hotline | mien phi | chi tiet goi | tai cua hang | tai tru so | lich | họp | so du | sd | bien lai | hoa don | dang ky thanh cong
)";

} // namespace signage::scamcheck
