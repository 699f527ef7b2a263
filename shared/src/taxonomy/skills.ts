/**
 * Concrete skills people have and postings ask for, with stable ids (stored in profiles and postings, so
 * never renamed), Vietnamese and English names, the words people use for them, and the VSCO unit groups
 * (4-digit codes from occupations.ts) each skill is typical for.
 */
import { foldedKey } from '../text/fold';
import { bestScore, foldedQuery, type Phrase } from './phrase-search';

export type SkillCategory =
  | 'welding-metal'
  | 'construction'
  | 'electrical'
  | 'woodwork'
  | 'garment-footwear'
  | 'handicraft'
  | 'electronics'
  | 'mechanical-repair'
  | 'driving-machinery'
  | 'warehouse-logistics'
  | 'manufacturing'
  | 'food-hospitality'
  | 'cleaning-domestic'
  | 'care'
  | 'security'
  | 'sales-service'
  | 'office-it'
  | 'languages'
  | 'agriculture'
  | 'beauty'
  | 'general';

export const SKILL_CATEGORIES: Record<SkillCategory, { vi: string; en: string }> = {
  'welding-metal': { vi: 'Hàn và gia công kim loại', en: 'Welding and metalwork' },
  construction: { vi: 'Xây dựng', en: 'Construction' },
  electrical: { vi: 'Điện và điện lạnh', en: 'Electrical and refrigeration' },
  woodwork: { vi: 'Mộc và chế biến gỗ', en: 'Woodwork' },
  'garment-footwear': { vi: 'May mặc, dệt, giày da', en: 'Garments, textiles and footwear' },
  handicraft: { vi: 'Thủ công mỹ nghệ', en: 'Handicrafts' },
  electronics: { vi: 'Điện tử và lắp ráp', en: 'Electronics and assembly' },
  'mechanical-repair': { vi: 'Sửa chữa xe và máy móc', en: 'Vehicle and machinery repair' },
  'driving-machinery': { vi: 'Lái xe và vận hành máy', en: 'Driving and mobile machinery' },
  'warehouse-logistics': { vi: 'Kho vận', en: 'Warehouse and logistics' },
  manufacturing: { vi: 'Sản xuất và vận hành máy', en: 'Manufacturing and machine operation' },
  'food-hospitality': { vi: 'Ăn uống và nhà hàng', en: 'Food and hospitality' },
  'cleaning-domestic': { vi: 'Vệ sinh và giúp việc', en: 'Cleaning and domestic work' },
  care: { vi: 'Chăm sóc', en: 'Care' },
  security: { vi: 'Bảo vệ', en: 'Security' },
  'sales-service': { vi: 'Bán hàng và dịch vụ khách hàng', en: 'Sales and customer service' },
  'office-it': { vi: 'Văn phòng và tin học', en: 'Office and IT' },
  languages: { vi: 'Ngoại ngữ', en: 'Languages' },
  agriculture: { vi: 'Nông, lâm, thủy sản', en: 'Agriculture, forestry and fisheries' },
  beauty: { vi: 'Làm đẹp', en: 'Beauty' },
  general: { vi: 'Kỹ năng chung', en: 'General skills' },
};

export interface Skill {
  /** Stable id: folded Vietnamese words joined by hyphens ("han-que"). Never renamed once used. */
  id: string;
  nameVi: string;
  nameEn: string;
  synonyms: readonly string[];
  /** VSCO unit groups (4 digits) this skill is typical for; empty for skills every job values. */
  occupationCodes: readonly string[];
  category: SkillCategory;
}

type Row = [id: string, nameVi: string, nameEn: string, occupationCodes: string[], synonyms?: string[]];

const SKILL_ROWS: Record<SkillCategory, Row[]> = {
  'welding-metal': [
    [
      'han-que',
      'Hàn que (hàn hồ quang tay)',
      'Manual metal arc (stick) welding',
      ['7212'],
      ['hàn điện', 'hàn hồ quang', 'SMAW'],
    ],
    ['han-mig', 'Hàn MIG/MAG', 'MIG/MAG welding', ['7212'], ['hàn CO2', 'hàn bán tự động', 'GMAW']],
    ['han-tig', 'Hàn TIG', 'TIG welding', ['7212'], ['hàn argon', 'GTAW']],
    ['han-ong', 'Hàn ống', 'Pipe welding', ['7212', '7126'], ['hàn đường ống', 'hàn ống 6G', 'hàn 6G']],
    ['han-inox', 'Hàn inox', 'Stainless steel welding', ['7212'], ['hàn thép không gỉ']],
    [
      'cat-kim-loai-bang-khi',
      'Cắt kim loại bằng khí',
      'Oxy-fuel cutting',
      ['7212'],
      ['cắt hơi', 'cắt gió đá', 'cắt oxy'],
    ],
    ['cat-plasma', 'Cắt plasma', 'Plasma cutting', ['7212', '7213']],
    [
      'gia-cong-ket-cau-thep',
      'Gia công kết cấu thép',
      'Structural steel fabrication',
      ['7214', '7212'],
      ['gia công sắt thép'],
    ],
    [
      'lap-dung-ket-cau-thep',
      'Lắp dựng kết cấu thép, nhà tiền chế',
      'Steel structure erection',
      ['7214'],
      ['dựng nhà xưởng', 'lắp dựng nhà thép tiền chế'],
    ],
    [
      'gia-cong-cua-sat',
      'Làm cửa sắt, lan can, cổng',
      'Making iron doors, railings and gates',
      ['7214', '7212'],
      ['làm hàng rào sắt'],
    ],
    ['gia-cong-ton', 'Gò tôn, gia công kim loại tấm', 'Sheet metal work', ['7213'], ['gò tôn', 'chấn tôn']],
    ['tien', 'Tiện kim loại', 'Lathe turning', ['7223'], ['đứng máy tiện']],
    ['phay', 'Phay kim loại', 'Milling', ['7223'], ['đứng máy phay']],
    [
      'van-hanh-may-cnc',
      'Vận hành máy CNC',
      'CNC machine operation',
      ['7223', '7523'],
      ['đứng máy CNC', 'chạy máy CNC'],
    ],
    ['lap-trinh-cnc', 'Lập trình CNC', 'CNC programming', ['7223', '3115'], ['lập trình gia công CNC']],
    [
      'van-hanh-may-dap',
      'Vận hành máy dập, chấn kim loại',
      'Press and press-brake operation',
      ['7223', '7213'],
      ['đứng máy dập'],
    ],
    ['nguoi-co-khi', 'Nguội cơ khí (khoan, dũa, taro)', 'Bench fitting', ['7222', '7223'], ['làm nguội']],
    [
      'mai-danh-bong-kim-loai',
      'Mài, đánh bóng kim loại',
      'Metal grinding and polishing',
      ['7224'],
      ['mài nhẵn', 'đánh bóng inox'],
    ],
    ['ren-kim-loai', 'Rèn kim loại', 'Forging', ['7221'], ['rèn dao']],
    ['duc-kim-loai', 'Đúc kim loại', 'Metal casting', ['7211', '8121'], ['làm khuôn cát']],
    [
      'do-kiem-kich-thuoc',
      'Đo kiểm bằng thước cặp, panme',
      'Measuring with calipers and micrometers',
      ['7223', '7543', '7222'],
      ['đo kiểm cơ khí'],
    ],
  ],
  construction: [
    [
      'doc-ban-ve',
      'Đọc bản vẽ kỹ thuật',
      'Reading technical drawings',
      ['7214', '7212', '7115', '7126', '7411', '3118', '7223', '7112'],
      ['đọc bản vẽ', 'đọc bản vẽ xây dựng'],
    ],
    ['xay-gach', 'Xây gạch', 'Bricklaying', ['7112', '7111'], ['xây tường']],
    ['trat-tuong', 'Trát (tô) tường', 'Wall plastering', ['7123', '7112'], ['tô tường', 'trát vữa']],
    ['op-lat-gach', 'Ốp lát gạch', 'Tiling', ['7122'], ['lát nền', 'ốp tường']],
    ['do-be-tong', 'Đổ bê tông', 'Concrete pouring', ['7114', '9313'], ['đầm bê tông']],
    [
      'gia-cong-cot-thep',
      'Gia công, lắp đặt cốt thép',
      'Rebar fixing',
      ['7214', '7114'],
      ['buộc sắt', 'làm sắt'],
    ],
    ['ghep-cop-pha', 'Ghép cốp pha', 'Formwork', ['7115', '7114'], ['làm cốp pha', 'coppha']],
    [
      'thi-cong-thach-cao',
      'Thi công trần, vách thạch cao',
      'Drywall and ceiling installation',
      ['7123'],
      ['làm trần thạch cao'],
    ],
    ['son-ba-matit', 'Sơn bả matit', 'Putty and wall painting', ['7131'], ['sơn nhà', 'bả matit']],
    ['chong-tham', 'Chống thấm', 'Waterproofing', ['7119', '7121'], ['xử lý chống thấm']],
    ['lop-mai', 'Lợp mái tôn, ngói', 'Roofing', ['7121'], ['lợp tôn']],
    [
      'lap-dat-nhom-kinh',
      'Lắp đặt cửa nhôm kính',
      'Aluminium and glass installation',
      ['7125'],
      ['làm nhôm kính', 'lắp kính'],
    ],
    [
      'lap-dat-ong-nuoc',
      'Lắp đặt đường ống cấp thoát nước',
      'Water supply and drainage piping',
      ['7126'],
      ['lắp ống nước', 'sửa ống nước'],
    ],
    ['han-ong-nhiet', 'Hàn ống nhiệt PPR', 'PPR pipe heat fusion', ['7126'], ['hàn ống PPR']],
    [
      'lap-dat-thiet-bi-ve-sinh',
      'Lắp đặt thiết bị vệ sinh',
      'Sanitary fixture installation',
      ['7126'],
      ['lắp bồn cầu', 'lắp lavabo'],
    ],
    [
      'phu-ho',
      'Phụ hồ (trộn vữa, vận chuyển vật liệu)',
      'Construction helper work (mixing mortar, carrying materials)',
      ['9313'],
      ['trộn vữa', 'phụ xây'],
    ],
    [
      'dao-dap-dat',
      'Đào, đắp đất thủ công',
      'Manual digging and earthworks',
      ['9312', '9313'],
      ['đào móng', 'đào mương'],
    ],
    ['lap-dung-gian-giao', 'Lắp dựng giàn giáo', 'Scaffolding', ['7119'], ['dựng giàn giáo']],
    [
      'lam-viec-tren-cao',
      'Làm việc trên cao an toàn',
      'Working safely at height',
      ['7119', '7413', '7121', '7214', '9123'],
      ['đu dây', 'leo cao'],
    ],
    ['lam-da', 'Chế tác, lắp đặt đá', 'Stone cutting and laying', ['7113'], ['ốp đá', 'đục đá']],
    ['trac-dia', 'Trắc địa công trình', 'Construction surveying', ['3112'], ['đo đạc', 'dùng máy toàn đạc']],
    ['boc-tach-khoi-luong', 'Bóc tách khối lượng', 'Quantity take-off', ['3112', '3123'], ['dự toán']],
    ['doc-ban-ve-autocad', 'Vẽ AutoCAD', 'AutoCAD drafting', ['3118', '3112'], ['autocad', 'vẽ cad']],
  ],
  electrical: [
    [
      'lap-dat-dien-dan-dung',
      'Lắp đặt điện dân dụng',
      'Residential electrical installation',
      ['7411'],
      ['đi dây điện', 'điện nhà'],
    ],
    [
      'lap-dat-dien-cong-nghiep',
      'Lắp đặt điện công nghiệp',
      'Industrial electrical installation',
      ['7411', '7412'],
      ['điện nhà xưởng'],
    ],
    ['dau-noi-tu-dien', 'Đấu nối tủ điện', 'Switchboard wiring', ['7412', '3113'], ['lắp tủ điện']],
    [
      'sua-chua-thiet-bi-dien',
      'Sửa chữa thiết bị điện gia dụng',
      'Household appliance repair',
      ['7412', '7421'],
      ['sửa quạt', 'sửa nồi cơm điện', 'sửa máy giặt'],
    ],
    ['quan-dong-co-dien', 'Quấn động cơ điện', 'Motor rewinding', ['7412'], ['quấn mô tơ', 'quấn máy bơm']],
    [
      'lap-dat-dien-mat-troi',
      'Lắp đặt điện mặt trời',
      'Solar panel installation',
      ['7411', '7412'],
      ['lắp pin mặt trời', 'điện năng lượng mặt trời'],
    ],
    [
      'lap-dat-duong-day-dien',
      'Lắp đặt đường dây điện trung, hạ thế',
      'Power line installation',
      ['7413'],
      ['kéo dây điện lực'],
    ],
    ['lap-dat-dieu-hoa', 'Lắp đặt điều hòa', 'Air conditioner installation', ['7127'], ['lắp máy lạnh']],
    [
      'sua-chua-dien-lanh',
      'Sửa chữa điều hòa, tủ lạnh',
      'Refrigeration and air conditioning repair',
      ['7127'],
      ['sửa máy lạnh', 'nạp gas điều hòa', 'bảo dưỡng điều hòa'],
    ],
    ['an-toan-dien', 'An toàn điện', 'Electrical safety', ['7411', '7412', '7413'], ['thẻ an toàn điện']],
  ],
  woodwork: [
    [
      'moc-dan-dung',
      'Mộc dân dụng (đóng đồ gỗ)',
      'Furniture carpentry',
      ['7522'],
      ['đóng tủ', 'đóng bàn ghế', 'làm mộc'],
    ],
    ['moc-xay-dung', 'Mộc xây dựng', 'Construction carpentry', ['7115'], ['làm mộc công trình']],
    [
      'van-hanh-may-che-bien-go',
      'Vận hành máy chế biến gỗ (cưa, bào, phay, chà nhám)',
      'Woodworking machine operation',
      ['7523', '8172'],
      ['đứng máy cưa', 'chà nhám gỗ', 'bào gỗ'],
    ],
    ['cham-khac-go', 'Chạm khắc gỗ', 'Wood carving', ['7317', '7522'], ['điêu khắc gỗ', 'đục gỗ']],
    [
      'son-do-go',
      'Sơn PU, sơn đồ gỗ',
      'Wood finishing and lacquering',
      ['7132', '7522'],
      ['sơn PU', 'phun sơn gỗ'],
    ],
    [
      'lap-rap-noi-that',
      'Lắp ráp, lắp đặt đồ nội thất',
      'Furniture assembly and installation',
      ['7522', '8219'],
      ['lắp tủ bếp', 'lắp đặt nội thất'],
    ],
    ['boc-ghe-nem', 'Bọc ghế, nệm, sofa', 'Upholstery', ['7534'], ['bọc sofa']],
    ['say-tam-go', 'Sấy, tẩm gỗ', 'Wood drying and treatment', ['7521'], ['lò sấy gỗ']],
  ],
  'garment-footwear': [
    [
      'may-cong-nghiep',
      'May công nghiệp',
      'Industrial sewing',
      ['8153'],
      ['may chuyền', 'đứng máy may', 'may 1 kim'],
    ],
    [
      'may-may-chuyen-dung',
      'Sử dụng máy may chuyên dùng (vắt sổ, 2 kim, thùa khuy, đính cúc)',
      'Specialised sewing machines (overlock, twin-needle, buttonhole)',
      ['8153'],
      ['vắt sổ', 'may 2 kim', 'thùa khuy', 'đính cúc'],
    ],
    [
      'may-do',
      'May đo quần áo',
      'Made-to-measure tailoring',
      ['7531'],
      ['may đo', 'cắt may dân dụng', 'sửa quần áo'],
    ],
    [
      'cat-vai',
      'Cắt vải, cắt bán thành phẩm',
      'Fabric cutting',
      ['7532'],
      ['trải vải', 'cắt bán thành phẩm'],
    ],
    [
      'thiet-ke-rap',
      'Thiết kế rập, giác sơ đồ',
      'Pattern making and marker planning',
      ['7532'],
      ['ra rập', 'giác sơ đồ'],
    ],
    ['ui-la', 'Là, ủi quần áo', 'Ironing and pressing', ['9121', '8157', '8153'], ['ủi đồ', 'là hơi']],
    [
      'kiem-hang-may',
      'Kiểm hàng may mặc (KCS)',
      'Garment quality inspection',
      ['7543', '8153'],
      ['KCS may', 'kiểm hàng'],
    ],
    ['theu', 'Thêu tay, thêu máy', 'Embroidery', ['7533', '7318'], ['thêu tranh', 'thêu vi tính']],
    [
      'van-hanh-may-det',
      'Vận hành máy dệt, máy đan',
      'Weaving and knitting machine operation',
      ['8152'],
      ['đứng máy dệt', 'dệt kim'],
    ],
    ['van-hanh-may-soi', 'Vận hành máy sợi', 'Spinning machine operation', ['8151'], ['kéo sợi']],
    ['nhuom-vai', 'Nhuộm, giặt mài vải', 'Dyeing and washing', ['8154'], ['nhuộm', 'wash jean']],
    ['go-giay', 'Gò giày', 'Shoe lasting', ['8156', '7536'], ['gò mũi giày']],
    ['may-mu-giay', 'May mũ giày', 'Shoe upper stitching', ['8156'], ['may giày']],
    ['dan-de-giay', 'Quét keo, dán đế giày', 'Sole cementing', ['8156'], ['dán đế', 'quét keo giày']],
    ['sua-giay-dep', 'Sửa giày dép, đồ da', 'Shoe and leather repair', ['7536'], ['khâu giày']],
  ],
  handicraft: [
    [
      'dan-may-tre',
      'Đan mây tre',
      'Rattan and bamboo weaving',
      ['7317'],
      ['mây tre đan', 'đan lát', 'đan giỏ'],
    ],
    [
      'dan-coi-luc-binh',
      'Đan cói, lục bình',
      'Sedge and water hyacinth weaving',
      ['7317'],
      ['đan cói', 'đan lục bình'],
    ],
    ['lam-gom', 'Làm gốm', 'Pottery', ['7314'], ['nặn gốm', 'vuốt gốm']],
    ['son-mai', 'Sơn mài', 'Lacquer painting', ['7316'], ['vẽ sơn mài']],
    ['det-tho-cam', 'Dệt thổ cẩm', 'Brocade weaving', ['7318'], ['dệt vải thủ công']],
    ['kim-hoan', 'Chế tác vàng bạc', 'Goldsmithing and silversmithing', ['7313'], ['làm trang sức']],
    ['lam-bien-quang-cao', 'Làm biển quảng cáo', 'Sign making', ['7316'], ['làm biển hiệu', 'cắt chữ mica']],
    ['cam-hoa', 'Cắm hoa', 'Flower arranging', ['7549'], ['làm hoa', 'cắm hoa tươi']],
  ],
  electronics: [
    [
      'lap-rap-linh-kien-dien-tu',
      'Lắp ráp linh kiện điện tử',
      'Electronic component assembly',
      ['8212'],
      ['lắp ráp điện tử', 'cắm linh kiện'],
    ],
    ['han-thiec', 'Hàn thiếc, hàn linh kiện', 'Soldering', ['8212', '7421'], ['hàn mạch', 'hàn board']],
    [
      'kiem-tra-ngoai-quan',
      'Kiểm tra ngoại quan sản phẩm',
      'Visual inspection',
      ['7543', '8212'],
      ['kiểm tra ngoại quan', 'soi lỗi sản phẩm'],
    ],
    [
      'van-hanh-may-smt',
      'Vận hành máy SMT',
      'SMT machine operation',
      ['8212', '8189'],
      ['máy dán linh kiện'],
    ],
    [
      'sua-chua-dien-thoai',
      'Sửa chữa điện thoại',
      'Mobile phone repair',
      ['7421'],
      ['sửa điện thoại', 'thay màn hình điện thoại'],
    ],
    [
      'sua-chua-dien-tu',
      'Sửa chữa đồ điện tử gia dụng (tivi, loa, âm ly)',
      'Consumer electronics repair',
      ['7421'],
      ['sửa tivi', 'sửa âm ly'],
    ],
    ['lap-dat-camera', 'Lắp đặt camera an ninh', 'CCTV installation', ['7422', '7421'], ['lắp camera']],
    [
      'lap-dat-mang',
      'Kéo cáp mạng, lắp đặt Internet',
      'Network cabling and Internet installation',
      ['7422', '3513'],
      ['bấm cáp mạng', 'lắp wifi', 'kéo cáp quang'],
    ],
    ['lap-rap-co-khi', 'Lắp ráp cơ khí', 'Mechanical assembly', ['8211'], ['lắp ráp máy']],
    [
      'lap-rap-san-pham',
      'Lắp ráp sản phẩm theo dây chuyền',
      'Product assembly on a line',
      ['8219', '8212', '8211'],
      ['lắp ráp', 'lắp ráp đồ chơi'],
    ],
  ],
  'mechanical-repair': [
    [
      'sua-xe-may',
      'Sửa chữa xe máy',
      'Motorcycle repair',
      ['7231'],
      ['sửa xe máy', 'thay nhớt', 'bảo dưỡng xe máy'],
    ],
    [
      'sua-o-to',
      'Sửa chữa ô tô (máy, gầm)',
      'Car repair (engine and chassis)',
      ['7231'],
      ['sửa ô tô', 'sửa xe hơi', 'bảo dưỡng ô tô'],
    ],
    ['dien-o-to', 'Điện ô tô', 'Automotive electrics', ['7412', '7231'], ['sửa điện ô tô']],
    [
      'dong-son-o-to',
      'Gò hàn, sơn ô tô (đồng sơn)',
      'Auto body repair and painting',
      ['7213', '7132'],
      ['đồng sơn', 'làm đồng ô tô', 'sơn xe'],
    ],
    [
      'va-thay-lop',
      'Vá, thay lốp xe',
      'Tyre repair and replacement',
      ['7231', '7234'],
      ['vá xe', 'thay lốp', 'vá vỏ'],
    ],
    [
      'bao-tri-may-cong-nghiep',
      'Bảo trì máy công nghiệp',
      'Industrial machinery maintenance',
      ['7233', '3115'],
      ['bảo trì máy', 'sửa máy xưởng'],
    ],
    [
      'sua-may-may',
      'Sửa máy may công nghiệp',
      'Industrial sewing machine repair',
      ['7233'],
      ['thợ máy may', 'sửa máy may'],
    ],
    [
      'sua-may-nong-nghiep',
      'Sửa chữa máy nông nghiệp',
      'Farm machinery repair',
      ['7233'],
      ['sửa máy cày', 'sửa máy bơm'],
    ],
    ['sua-xe-dap-xe-dien', 'Sửa xe đạp, xe điện', 'Bicycle and e-bike repair', ['7234'], ['sửa xe đạp điện']],
    [
      'rua-xe',
      'Rửa xe, chăm sóc xe',
      'Car and motorcycle washing',
      ['9122'],
      ['rửa xe máy', 'rửa ô tô', 'đánh bóng xe'],
    ],
  ],
  'driving-machinery': [
    [
      'lai-xe-may',
      'Lái xe máy (giấy phép hạng A1/A)',
      'Motorcycle riding (licence A1/A)',
      ['8321'],
      ['đi xe máy', 'chạy xe máy'],
    ],
    [
      'giao-hang-xe-may',
      'Giao hàng bằng xe máy',
      'Motorcycle delivery',
      ['8321', '9621'],
      ['ship hàng', 'giao hàng', 'shipper'],
    ],
    [
      'lai-xe-hang-b',
      'Lái xe ô tô hạng B',
      'Driving cars and vans (licence B)',
      ['8322'],
      ['lái xe B2', 'lái xe con', 'lái xe 4 chỗ', 'lái xe 7 chỗ'],
    ],
    [
      'lai-xe-hang-c1',
      'Lái xe tải hạng C1',
      'Driving medium trucks (licence C1)',
      ['8322', '8332'],
      ['lái xe tải nhẹ'],
    ],
    [
      'lai-xe-hang-c',
      'Lái xe tải hạng C',
      'Driving heavy trucks (licence C)',
      ['8332'],
      ['lái xe tải nặng', 'lái xe ben'],
    ],
    [
      'lai-xe-khach',
      'Lái xe khách hạng D',
      'Driving buses and coaches (licence D)',
      ['8331'],
      ['lái xe buýt', 'lái xe khách', 'lái xe hạng D'],
    ],
    [
      'lai-xe-container',
      'Lái xe đầu kéo, container (hạng CE)',
      'Driving tractor-trailers (licence CE)',
      ['8332'],
      ['lái container', 'lái xe đầu kéo', 'bằng FC'],
    ],
    [
      'thong-thao-duong',
      'Thông thạo đường, dùng bản đồ số',
      'Route knowledge and digital maps',
      ['8321', '8322', '8332', '8331'],
      ['thuộc đường', 'dùng google maps'],
    ],
    [
      'van-hanh-xe-nang',
      'Vận hành xe nâng',
      'Forklift operation',
      ['8344'],
      ['lái xe nâng', 'xe nâng hàng', 'forklift'],
    ],
    [
      'van-hanh-xe-nang-tay',
      'Sử dụng xe nâng tay, xe kéo pallet',
      'Pallet jack operation',
      ['9333', '8344', '4321'],
      ['xe nâng tay', 'kéo pallet'],
    ],
    [
      'van-hanh-may-xuc',
      'Vận hành máy xúc, máy đào',
      'Excavator operation',
      ['8342'],
      ['lái máy xúc', 'lái máy đào', 'lái máy múc'],
    ],
    [
      'van-hanh-may-ui-lu',
      'Vận hành máy ủi, xe lu',
      'Bulldozer and road roller operation',
      ['8342'],
      ['lái máy ủi', 'lái xe lu'],
    ],
    [
      'van-hanh-cau',
      'Vận hành cẩu (cẩu tháp, xe cẩu, cầu trục)',
      'Crane operation',
      ['8343'],
      ['lái cẩu', 'vận hành cẩu tháp', 'vận hành cầu trục'],
    ],
    [
      'xi-nhan-cau',
      'Móc cáp, xi nhan cẩu',
      'Rigging and crane signalling',
      ['7215', '8343'],
      ['móc cáp', 'rigger'],
    ],
    [
      'van-hanh-may-nong-nghiep',
      'Vận hành máy cày, máy gặt',
      'Farm machinery operation',
      ['8341'],
      ['lái máy cày', 'lái máy gặt'],
    ],
    [
      'dieu-khien-tau-thuyen',
      'Điều khiển tàu thuyền nhỏ',
      'Small boat handling',
      ['8350', '6222'],
      ['lái đò', 'lái ca nô', 'lái thuyền'],
    ],
    [
      'phu-xe',
      'Phụ xe, bốc xếp theo xe',
      "Driver's mate and loading",
      ['5112', '9333'],
      ['lơ xe', 'phụ xe tải'],
    ],
  ],
  'warehouse-logistics': [
    ['boc-xep-hang-hoa', 'Bốc xếp hàng hóa', 'Loading and unloading', ['9333'], ['bốc vác', 'khuân vác']],
    [
      'quan-ly-kho',
      'Sắp xếp, quản lý kho, kiểm kê',
      'Stock keeping and inventory',
      ['4321'],
      ['kiểm kê', 'quản lý hàng tồn', 'thủ kho'],
    ],
    [
      'phan-mem-quan-ly-kho',
      'Dùng phần mềm kho, quét mã vạch',
      'Warehouse software and barcode scanning',
      ['4321', '4322'],
      ['quét mã vạch', 'nhập xuất kho trên máy'],
    ],
    [
      'dong-goi-san-pham',
      'Đóng gói sản phẩm',
      'Packing',
      ['9321', '8183'],
      ['đóng hàng', 'đóng thùng', 'gói hàng'],
    ],
    [
      'soan-hang',
      'Soạn hàng, lấy hàng theo đơn',
      'Order picking',
      ['9334', '4321', '9333'],
      ['soạn đơn', 'lấy hàng', 'picking'],
    ],
    ['dan-nhan', 'Dán nhãn, in tem nhãn', 'Labelling', ['8183', '9321'], ['dán tem', 'in tem']],
    [
      'xep-hang-len-ke',
      'Xếp hàng lên kệ, trưng bày',
      'Shelf stocking',
      ['9334', '5223'],
      ['châm hàng', 'xếp kệ'],
    ],
    [
      'kiem-dem-hang',
      'Kiểm đếm, giao nhận hàng hóa',
      'Goods counting and receiving',
      ['4321', '9333'],
      ['kiểm đếm', 'nhận hàng'],
    ],
    [
      'dieu-phoi-xe',
      'Điều phối xe, lập lộ trình giao hàng',
      'Dispatching and route planning',
      ['4323'],
      ['điều xe', 'điều vận'],
    ],
  ],
  manufacturing: [
    [
      'van-hanh-may-ep-nhua',
      'Vận hành máy ép nhựa',
      'Plastic injection moulding',
      ['8142'],
      ['đứng máy ép nhựa', 'ép nhựa'],
    ],
    [
      'van-hanh-may-thoi',
      'Vận hành máy thổi màng, thổi chai',
      'Blow moulding and film blowing',
      ['8142'],
      ['thổi màng', 'thổi chai'],
    ],
    [
      'van-hanh-may-che-bien-thuc-pham',
      'Vận hành máy chế biến thực phẩm',
      'Food processing machine operation',
      ['8160'],
      ['đứng máy thực phẩm'],
    ],
    [
      'van-hanh-may-dong-goi',
      'Vận hành máy đóng gói, chiết rót',
      'Packing and filling machine operation',
      ['8183'],
      ['máy chiết rót', 'máy co màng'],
    ],
    ['van-hanh-lo-hoi', 'Vận hành lò hơi', 'Boiler operation', ['8182'], ['đốt lò hơi']],
    [
      'van-hanh-may-in',
      'Vận hành máy in (offset, flexo, lụa)',
      'Printing press operation',
      ['7322'],
      ['in offset', 'in lụa', 'in flexo'],
    ],
    [
      'van-hanh-may-bao-bi',
      'Vận hành máy làm bao bì carton',
      'Carton making machine operation',
      ['8143'],
      ['máy bế hộp', 'máy dợn sóng'],
    ],
    [
      'van-hanh-may-cao-su',
      'Vận hành máy sản xuất cao su',
      'Rubber processing machine operation',
      ['8141'],
      ['lưu hóa cao su'],
    ],
    [
      'san-xuat-gach-be-tong',
      'Sản xuất gạch không nung, cấu kiện bê tông',
      'Concrete block and precast production',
      ['8114'],
      ['làm gạch block', 'đúc cống'],
    ],
    [
      'xi-ma-kim-loai',
      'Xi mạ, sơn tĩnh điện',
      'Plating and powder coating',
      ['8122', '7132'],
      ['mạ kẽm', 'sơn tĩnh điện'],
    ],
    [
      'lam-viec-day-chuyen',
      'Làm việc theo dây chuyền sản xuất',
      'Production line work',
      ['9329', '8189', '8212', '8153'],
      ['làm dây chuyền', 'đứng chuyền'],
    ],
    [
      'thuc-hanh-5s',
      'Thực hành 5S, an toàn nhà xưởng',
      '5S and workshop housekeeping',
      ['9329', '8189', '3122'],
      ['5S', 'kaizen'],
    ],
    [
      'van-hanh-xu-ly-nuoc',
      'Vận hành hệ thống xử lý nước, nước thải',
      'Water and wastewater treatment operation',
      ['3132'],
      ['xử lý nước thải', 'vận hành trạm nước'],
    ],
    [
      'giat-la-cong-nghiep',
      'Vận hành máy giặt, sấy công nghiệp',
      'Industrial laundry operation',
      ['8157'],
      ['giặt công nghiệp'],
    ],
    ['khai-thac-mo', 'Khai thác mỏ, hầm lò', 'Mining', ['8111', '9311'], ['đào lò', 'khai thác than']],
    [
      'van-hanh-may-nghien-sang',
      'Vận hành máy nghiền, sàng đá',
      'Crushing and screening plant operation',
      ['8112'],
      ['nghiền đá'],
    ],
    [
      'kiem-tra-chat-luong',
      'Kiểm tra chất lượng sản phẩm (QC)',
      'Quality control',
      ['7543', '3122'],
      ['QC', 'KCS'],
    ],
    [
      'quan-ly-to-nhom',
      'Quản lý tổ, nhóm sản xuất',
      'Leading a production team',
      ['3122', '3123', '5151', '5222'],
      ['tổ trưởng', 'trưởng nhóm'],
    ],
  ],
  'food-hospitality': [
    [
      'nau-an-cong-nghiep',
      'Nấu ăn công nghiệp (suất ăn tập thể)',
      'Institutional cooking',
      ['5120', '9412'],
      ['nấu bếp ăn tập thể', 'nấu suất ăn công nghiệp', 'nấu cơm công nhân'],
    ],
    [
      'nau-an-gia-dinh',
      'Nấu ăn gia đình',
      'Home cooking',
      ['5152', '5120', '9111'],
      ['nấu cơm gia đình', 'đi chợ nấu ăn'],
    ],
    [
      'nau-mon-viet',
      'Nấu món Việt (nhà hàng, quán ăn)',
      'Vietnamese cuisine',
      ['5120', '3434'],
      ['nấu món Việt', 'nấu cơm quán', 'nấu phở'],
    ],
    ['so-che-thuc-pham', 'Sơ chế thực phẩm', 'Food preparation', ['9412', '7511'], ['nhặt rau', 'sơ chế']],
    [
      'rua-bat-ve-sinh-bep',
      'Rửa bát, vệ sinh bếp',
      'Dishwashing and kitchen cleaning',
      ['9412'],
      ['rửa chén', 'rửa bát'],
    ],
    [
      'an-toan-thuc-pham',
      'An toàn vệ sinh thực phẩm',
      'Food safety and hygiene',
      ['5120', '9412', '7511', '7512', '8160', '5246', '5212'],
      ['vệ sinh an toàn thực phẩm', 'chứng nhận ATTP'],
    ],
    ['lam-banh', 'Làm bánh mì, bánh ngọt', 'Baking', ['7512'], ['nướng bánh', 'làm bánh kem']],
    [
      'pha-che',
      'Pha chế đồ uống, cà phê',
      'Drink and coffee making',
      ['5132'],
      ['pha cà phê', 'pha trà sữa', 'barista'],
    ],
    ['phuc-vu-ban', 'Phục vụ bàn', 'Table service', ['5131'], ['bưng bê', 'chạy bàn']],
    ['pha-loc-thit', 'Giết mổ, pha lóc thịt', 'Butchery', ['7511'], ['pha lóc thịt', 'mổ lợn']],
    [
      'phi-le-ca',
      'Phi lê cá, chế biến thủy sản',
      'Fish filleting and seafood processing',
      ['7511', '8160'],
      ['fillet cá', 'lột tôm', 'chế biến thủy sản'],
    ],
    [
      'che-bien-do-an-nhanh',
      'Chế biến đồ ăn nhanh',
      'Fast food preparation',
      ['9411', '5246'],
      ['làm đồ ăn nhanh', 'chiên gà'],
    ],
    [
      'ban-do-an-uong',
      'Bán đồ ăn, nước uống',
      'Selling food and drinks',
      ['5212', '5246'],
      ['bán quán ăn', 'bán nước giải khát'],
    ],
    [
      'che-bien-rau-qua',
      'Chế biến, bảo quản rau quả',
      'Fruit and vegetable processing',
      ['7514'],
      ['sấy trái cây', 'muối dưa'],
    ],
    [
      'don-phong-khach-san',
      'Dọn phòng khách sạn (buồng phòng)',
      'Hotel housekeeping',
      ['9112', '5151'],
      ['buồng phòng', 'làm phòng'],
    ],
  ],
  'cleaning-domestic': [
    [
      've-sinh-cong-nghiep',
      'Vệ sinh công nghiệp',
      'Commercial cleaning',
      ['9112'],
      ['lau dọn văn phòng', 'tạp vụ'],
    ],
    ['ve-sinh-nha-o', 'Dọn dẹp nhà ở', 'House cleaning', ['9111'], ['dọn nhà', 'lau nhà']],
    ['giup-viec-gia-dinh', 'Giúp việc gia đình', 'Domestic work', ['9111', '5152'], ['giúp việc', 'osin']],
    ['giat-ui', 'Giặt ủi quần áo', 'Laundry', ['9121'], ['giặt đồ', 'giặt là']],
    [
      'lau-kinh-nha-cao-tang',
      'Lau kính nhà cao tầng',
      'High-rise window cleaning',
      ['9123'],
      ['đu dây lau kính'],
    ],
    ['thu-gom-rac', 'Thu gom rác', 'Waste collection', ['9611'], ['gom rác', 'đẩy xe rác']],
    [
      'phan-loai-phe-lieu',
      'Phân loại rác, phế liệu tái chế',
      'Sorting waste and recyclables',
      ['9612', '9611'],
      ['phân loại rác', 'tái chế', 'phân loại ve chai'],
    ],
    ['thu-mua-phe-lieu', 'Thu mua phế liệu', 'Scrap buying', ['9611'], ['mua đồng nát', 'thu mua ve chai']],
    ['quet-don-duong-pho', 'Quét dọn đường phố', 'Street sweeping', ['9613'], ['quét đường']],
    [
      'cham-soc-cay-xanh',
      'Chăm sóc cây xanh, cắt cỏ',
      'Grounds keeping and grass cutting',
      ['9214', '6113'],
      ['cắt cỏ', 'tỉa cây', 'tưới cây'],
    ],
    [
      'diet-con-trung',
      'Phun thuốc diệt côn trùng, diệt mối',
      'Pest control',
      ['7544'],
      ['diệt mối', 'diệt gián', 'phun muỗi'],
    ],
    [
      'thong-tac-cong',
      'Thông tắc cống, hút bể phốt',
      'Drain cleaning',
      ['9129'],
      ['thông cống', 'hút hầm cầu'],
    ],
  ],
  care: [
    [
      'cham-soc-nguoi-gia',
      'Chăm sóc người cao tuổi',
      'Elderly care',
      ['5322', '5321'],
      ['chăm người già', 'chăm sóc ông bà'],
    ],
    [
      'cham-soc-nguoi-benh',
      'Chăm sóc người bệnh',
      'Patient care',
      ['5321', '5322'],
      ['nuôi bệnh', 'chăm bệnh'],
    ],
    [
      'cham-soc-tre-em',
      'Chăm sóc, trông trẻ',
      'Child care',
      ['5311', '5152'],
      ['trông trẻ', 'giữ trẻ', 'bảo mẫu'],
    ],
    ['so-cuu', 'Sơ cứu', 'First aid', ['5321', '5322', '5414', '5311'], ['sơ cấp cứu']],
    ['cham-soc-thu-cung', 'Chăm sóc thú cưng', 'Pet care', ['5164'], ['tắm chó mèo', 'cắt tỉa lông']],
    [
      'ho-tro-dong-dang',
      'Hỗ trợ đồng đẳng, tư vấn cộng đồng',
      'Peer support and community outreach',
      ['3412', '2635'],
      ['đồng đẳng viên', 'tư vấn đồng đẳng'],
    ],
  ],
  security: [
    [
      'bao-ve-tuan-tra',
      'Tuần tra, canh gác',
      'Patrolling and guarding',
      ['5414'],
      ['trực bảo vệ', 'gác cổng'],
    ],
    [
      'kiem-soat-ra-vao',
      'Kiểm soát ra vào, ghi sổ khách',
      'Access control',
      ['5414', '5153'],
      ['kiểm soát cổng', 'ghi sổ ra vào'],
    ],
    ['giam-sat-camera', 'Theo dõi camera an ninh', 'CCTV monitoring', ['5414'], ['trực camera']],
    [
      'phong-chay-chua-chay',
      'Phòng cháy chữa cháy cơ bản',
      'Basic fire safety',
      ['5414', '5153'],
      ['PCCC', 'chứng nhận PCCC'],
    ],
    ['trong-giu-xe', 'Trông giữ xe', 'Parking attendance', ['9629', '5414'], ['giữ xe', 'trông xe']],
  ],
  'sales-service': [
    [
      'ky-nang-ban-hang',
      'Kỹ năng bán hàng',
      'Selling',
      ['5223', '5221', '5243', '5211', '3322'],
      ['bán hàng', 'chốt đơn'],
    ],
    [
      'tu-van-khach-hang',
      'Tư vấn khách hàng',
      'Advising customers',
      ['5223', '5244', '4222', '3322'],
      ['tư vấn bán hàng'],
    ],
    ['thu-ngan', 'Thu ngân, sử dụng máy POS', 'Cashiering and POS', ['5230'], ['tính tiền', 'máy POS']],
    [
      'ban-hang-online',
      'Bán hàng online, livestream',
      'Online selling and livestreaming',
      ['5249', '5221'],
      ['bán hàng qua mạng', 'livestream', 'bán hàng Shopee'],
    ],
    ['telesales', 'Bán hàng qua điện thoại', 'Telesales', ['5244'], ['telesale', 'gọi điện bán hàng']],
    [
      'cham-soc-khach-hang',
      'Chăm sóc khách hàng',
      'Customer care',
      ['4222', '5244', '5223'],
      ['CSKH', 'giải đáp khách hàng'],
    ],
    ['trung-bay-hang-hoa', 'Trưng bày hàng hóa', 'Merchandising', ['5223', '9334', '5242'], ['trưng bày']],
    [
      'gioi-thieu-san-pham',
      'Giới thiệu sản phẩm (PG/PB)',
      'Product promotion',
      ['5242'],
      ['tiếp thị sản phẩm', 'PG'],
    ],
    ['ban-xang-dau', 'Bán xăng dầu', 'Fuel station service', ['5245'], ['bơm xăng']],
    [
      'kinh-doanh-nho',
      'Quản lý cửa hàng nhỏ, buôn bán',
      'Running a small shop',
      ['5221', '1420', '5211'],
      ['buôn bán', 'mở tiệm', 'kinh doanh tạp hóa'],
    ],
    ['le-tan', 'Lễ tân, đón tiếp khách', 'Reception', ['4226', '4224'], ['tiếp tân', 'đón khách']],
  ],
  'office-it': [
    [
      'tin-hoc-co-ban',
      'Sử dụng máy tính, điện thoại thông minh cơ bản',
      'Basic computer and smartphone use',
      [],
      ['dùng máy tính', 'dùng smartphone', 'tin học cơ bản'],
    ],
    [
      'tin-hoc-van-phong',
      'Tin học văn phòng (Word, Excel)',
      'Office software (Word, Excel)',
      ['4110', '4132', '4311', '4321', '4322', '3313'],
      ['word excel', 'MOS', 'tin học văn phòng'],
    ],
    [
      'excel-nang-cao',
      'Excel nâng cao',
      'Advanced Excel',
      ['4311', '3313', '4321', '4322'],
      ['hàm excel', 'pivot table'],
    ],
    [
      'nhap-lieu',
      'Nhập liệu, đánh máy nhanh',
      'Data entry and fast typing',
      ['4132', '4110'],
      ['đánh máy', 'gõ 10 ngón'],
    ],
    [
      'ke-toan-co-ban',
      'Kế toán cơ bản, ghi sổ sách',
      'Basic bookkeeping',
      ['4311', '3313'],
      ['ghi sổ', 'sổ sách kế toán'],
    ],
    [
      'phan-mem-ke-toan',
      'Phần mềm kế toán (MISA…)',
      'Accounting software',
      ['4311', '3313', '2411'],
      ['MISA', 'phần mềm MISA'],
    ],
    [
      'sua-chua-may-tinh',
      'Sửa chữa, cài đặt máy tính',
      'Computer repair and setup',
      ['3512', '7421'],
      ['cài win', 'sửa laptop'],
    ],
    ['quan-tri-mang', 'Quản trị mạng', 'Network administration', ['3513'], ['cấu hình mạng']],
    ['lap-trinh-web', 'Lập trình web', 'Web programming', ['2512'], ['lập trình', 'code web']],
    [
      'thiet-ke-do-hoa',
      'Thiết kế đồ họa (Photoshop, Canva)',
      'Graphic design',
      ['2166', '7321'],
      ['photoshop', 'canva', 'illustrator'],
    ],
    ['chup-anh', 'Chụp ảnh', 'Photography', ['3431'], ['chụp hình']],
    [
      'quay-dung-video',
      'Quay, dựng video',
      'Video shooting and editing',
      ['3521'],
      ['dựng video', 'edit video', 'capcut'],
    ],
    [
      'hanh-chinh-van-thu',
      'Hành chính, văn thư',
      'Office administration',
      ['4110'],
      ['văn thư', 'soạn thảo văn bản'],
    ],
  ],
  languages: [
    [
      'tieng-anh-giao-tiep',
      'Tiếng Anh giao tiếp',
      'Conversational English',
      ['4224', '5131', '5113', '5223'],
      ['tiếng anh', 'english'],
    ],
    [
      'tieng-trung-giao-tiep',
      'Tiếng Trung giao tiếp',
      'Conversational Chinese',
      ['8212', '4224', '3122', '4110'],
      ['tiếng trung', 'tiếng hoa'],
    ],
    [
      'tieng-han-giao-tiep',
      'Tiếng Hàn giao tiếp',
      'Conversational Korean',
      ['8212', '3122', '4110'],
      ['tiếng hàn'],
    ],
    [
      'tieng-nhat-giao-tiep',
      'Tiếng Nhật giao tiếp',
      'Conversational Japanese',
      ['3122', '4110', '8212'],
      ['tiếng nhật'],
    ],
  ],
  agriculture: [
    ['trong-lua', 'Trồng lúa', 'Rice farming', ['6111', '9211'], ['làm ruộng', 'cấy lúa']],
    ['trong-rau', 'Trồng rau màu', 'Vegetable growing', ['6111', '9211'], ['trồng rau sạch', 'trồng rau']],
    [
      'trong-rau-thuy-canh',
      'Trồng rau thủy canh, nhà màng',
      'Hydroponics and greenhouse growing',
      ['6113', '6111'],
      ['thủy canh', 'nhà màng'],
    ],
    [
      'trong-cay-an-qua',
      'Trồng cây ăn quả',
      'Fruit growing',
      ['6112', '9211'],
      ['trồng cây ăn trái', 'làm vườn cây ăn quả'],
    ],
    [
      'trong-cay-cong-nghiep',
      'Trồng cây công nghiệp (cà phê, chè, hồ tiêu)',
      'Industrial crops (coffee, tea, pepper)',
      ['6112', '9211'],
      ['trồng cà phê', 'trồng chè', 'trồng tiêu'],
    ],
    ['cao-mu-cao-su', 'Cạo mủ cao su', 'Rubber tapping', ['6112', '9211'], ['cạo mủ']],
    ['trong-nam', 'Trồng nấm', 'Mushroom growing', ['6113', '6114'], ['nuôi trồng nấm']],
    [
      'chiet-ghep-cay',
      'Chiết, ghép cây',
      'Grafting and propagation',
      ['6113', '6112'],
      ['ghép cây', 'chiết cành', 'ươm cây giống'],
    ],
    [
      'trong-hoa-cay-canh',
      'Trồng hoa, cây cảnh',
      'Flower and ornamental plant growing',
      ['6113', '9214'],
      ['làm cây cảnh', 'uốn cây cảnh'],
    ],
    [
      'su-dung-thuoc-bvtv',
      'Sử dụng thuốc bảo vệ thực vật an toàn',
      'Safe pesticide use',
      ['6111', '6112', '9211', '7544'],
      ['phun thuốc sâu', 'thuốc BVTV'],
    ],
    ['chan-nuoi-lon', 'Chăn nuôi lợn', 'Pig farming', ['6121', '9212'], ['nuôi heo', 'nuôi lợn']],
    [
      'chan-nuoi-trau-bo',
      'Chăn nuôi trâu, bò',
      'Cattle and buffalo farming',
      ['6121', '9212'],
      ['nuôi bò', 'chăn bò'],
    ],
    ['chan-nuoi-gia-cam', 'Chăn nuôi gia cầm', 'Poultry farming', ['6122', '9212'], ['nuôi gà', 'nuôi vịt']],
    [
      'thu-y-co-ban',
      'Thú y cơ bản (tiêm phòng, chăm sóc vật nuôi)',
      'Basic animal health care',
      ['6121', '6122', '9212'],
      ['tiêm phòng vật nuôi', 'thú y'],
    ],
    ['nuoi-ong', 'Nuôi ong', 'Beekeeping', ['6123'], ['nuôi ong lấy mật']],
    ['nuoi-tom', 'Nuôi tôm', 'Shrimp farming', ['6221', '9216'], ['nuôi tôm thẻ', 'nuôi tôm sú']],
    ['nuoi-ca', 'Nuôi cá', 'Fish farming', ['6221', '9216'], ['nuôi cá ao', 'nuôi cá lồng']],
    ['danh-bat-ven-bo', 'Đánh bắt cá ven bờ', 'Inshore fishing', ['6222'], ['đánh lưới', 'đánh cá']],
    ['danh-bat-xa-bo', 'Đánh bắt xa bờ', 'Offshore fishing', ['6223'], ['đi biển', 'đi tàu cá']],
    [
      'trong-cham-soc-rung',
      'Trồng và chăm sóc rừng',
      'Tree planting and forest care',
      ['6210', '9215'],
      ['trồng rừng', 'trồng keo'],
    ],
    [
      'khai-thac-go',
      'Khai thác gỗ, cưa hạ cây',
      'Logging and tree felling',
      ['6210'],
      ['cưa cây', 'khai thác keo'],
    ],
    [
      'thu-hoach-nong-san',
      'Thu hoạch nông sản',
      'Harvesting',
      ['9211', '6111', '6112'],
      ['hái cà phê', 'thu hoạch'],
    ],
  ],
  beauty: [
    ['cat-toc-nam', 'Cắt tóc nam', "Men's haircutting", ['5141'], ['cắt tóc', 'barber', 'hớt tóc']],
    [
      'lam-toc-nu',
      'Làm tóc nữ (uốn, nhuộm, duỗi)',
      "Women's hairdressing",
      ['5141'],
      ['uốn tóc', 'nhuộm tóc', 'duỗi tóc'],
    ],
    ['goi-dau-duong-sinh', 'Gội đầu dưỡng sinh', 'Therapeutic hair washing', ['5141', '5142'], ['gội đầu']],
    ['lam-mong', 'Làm móng', 'Nail care', ['5142'], ['làm nail', 'sơn gel']],
    ['trang-diem', 'Trang điểm', 'Make-up', ['5142'], ['makeup']],
    ['cham-soc-da', 'Chăm sóc da (spa)', 'Skin care', ['5142'], ['chăm sóc da mặt', 'spa']],
    [
      'xoa-bop-bam-huyet',
      'Xoa bóp, bấm huyệt',
      'Massage and acupressure',
      ['5142'],
      ['massage', 'bấm huyệt'],
    ],
  ],
  general: [
    [
      'an-toan-lao-dong',
      'An toàn, vệ sinh lao động',
      'Occupational safety and health',
      ['3257'],
      ['ATVSLĐ', 'thẻ an toàn lao động', 'huấn luyện an toàn'],
    ],
    ['lam-viec-nhom', 'Làm việc nhóm', 'Teamwork', [], ['làm việc tập thể']],
    ['ky-nang-giao-tiep', 'Kỹ năng giao tiếp', 'Communication', [], ['giao tiếp']],
    [
      'sua-chua-nha-cua',
      'Sửa chữa nhỏ trong nhà',
      'Small home repairs',
      ['9622', '7126', '7411'],
      ['sửa chữa vặt', 'thợ sửa vặt'],
    ],
    [
      'day-nghe',
      'Dạy nghề, kèm cặp thợ mới',
      'Teaching a trade and mentoring new workers',
      ['2320', '3122'],
      ['kèm thợ', 'hướng dẫn thợ mới'],
    ],
  ],
};

export const SKILLS: readonly Skill[] = (Object.entries(SKILL_ROWS) as [SkillCategory, Row[]][]).flatMap(
  ([category, rows]) =>
    rows.map(([id, nameVi, nameEn, occupationCodes, synonyms = []]) => ({
      id,
      nameVi,
      nameEn,
      synonyms,
      occupationCodes,
      category,
    })),
);

let byId: Map<string, Skill> | undefined;
let searchEntries: { skill: Skill; phrases: Phrase[] }[] | undefined;

export function skillById(id: string): Skill | undefined {
  byId ??= new Map(SKILLS.map((skill) => [skill.id, skill]));
  return byId.get(id.trim());
}

/**
 * Skills typical for an occupation. A 4-digit code gives that unit group's skills; a shorter code gives
 * the skills of every unit group below it ("72" → metal and machinery trades).
 */
export function skillsForOccupation(code: string): Skill[] {
  const trimmed = code.trim();
  if (!trimmed) return [];
  return SKILLS.filter((skill) =>
    skill.occupationCodes.some((occupationCode) =>
      trimmed.length >= 4 ? occupationCode === trimmed : occupationCode.startsWith(trimmed),
    ),
  );
}

function entries() {
  searchEntries ??= SKILLS.map((skill) => ({
    skill,
    phrases: [
      { text: foldedKey(skill.nameVi), bonus: 3 },
      ...skill.synonyms.map((synonym) => ({ text: foldedKey(synonym), bonus: 2 })),
      { text: skill.id.replace(/-/g, ' '), bonus: 1 },
      { text: foldedKey(skill.nameEn), bonus: 0 },
    ],
  }));
  return searchEntries;
}

/** Skills for what a person types, with or without diacritics, whole or as a prefix ("han ti" → Hàn TIG). */
export function findSkills(
  query: string,
  options: { limit?: number; category?: SkillCategory } = {},
): Skill[] {
  const { key, words } = foldedQuery(query);
  if (!key) return [];
  const scored: { skill: Skill; score: number }[] = [];
  for (const { skill, phrases } of entries()) {
    if (options.category && skill.category !== options.category) continue;
    const score = bestScore(phrases, key, words);
    if (score > 0) scored.push({ skill, score });
  }
  scored.sort((a, b) => b.score - a.score || a.skill.nameVi.localeCompare(b.skill.nameVi, 'vi'));
  return scored.slice(0, options.limit ?? 20).map((entry) => entry.skill);
}
