//! Constants of the correctly rounded trigonometric functions, as
//! double-doubles (`hi`, `lo` bits), computed with mpmath at 400 bits.

use super::dd::Dd;

/// `(-1)^k / (2k+1)!` for k in 1..=14: the sine series after `r`.
pub(super) const SIN_COEFFICIENTS: [Dd; 14] = [
    Dd::from_bits(0xbfc5555555555555, 0xbc65555555555555), // (-1)^1/3!
    Dd::from_bits(0x3f81111111111111, 0x3c01111111111111), // (-1)^2/5!
    Dd::from_bits(0xbf2a01a01a01a01a, 0xbb6a01a01a01a01a), // (-1)^3/7!
    Dd::from_bits(0x3ec71de3a556c734, 0xbb6c154f8ddc6c00), // (-1)^4/9!
    Dd::from_bits(0xbe5ae64567f544e4, 0x3afc062e06d1f209), // (-1)^5/11!
    Dd::from_bits(0x3de6124613a86d09, 0x3a8f28e0cc748ebe), // (-1)^6/13!
    Dd::from_bits(0xbd6ae7f3e733b81f, 0xb9e1d8656b0ee8cb), // (-1)^7/15!
    Dd::from_bits(0x3ce952c77030ad4a, 0x398ac981465ddc6c), // (-1)^8/17!
    Dd::from_bits(0xbc62f49b46814157, 0xb8f2650f61dbdcb4), // (-1)^9/19!
    Dd::from_bits(0x3bd71b8ef6dcf572, 0xb87d043ae40c4647), // (-1)^10/21!
    Dd::from_bits(0xbb4761b41316381a, 0x37d3423c7d91404f), // (-1)^11/23!
    Dd::from_bits(0x3ab3f3ccdd165fa9, 0xb7458ddadf344487), // (-1)^12/25!
    Dd::from_bits(0xba1d1ab1c2dccea3, 0xb6a054d0c78aea14), // (-1)^13/27!
    Dd::from_bits(0x398259f98b4358ad, 0x362eaf8c39dd9bc5), // (-1)^14/29!
];
/// `(-1)^k / (2k)!` for k in 1..=14: the cosine series after 1.
pub(super) const COS_COEFFICIENTS: [Dd; 14] = [
    Dd::from_bits(0xbfe0000000000000, 0x0000000000000000), // (-1)^1/2!
    Dd::from_bits(0x3fa5555555555555, 0x3c45555555555555), // (-1)^2/4!
    Dd::from_bits(0xbf56c16c16c16c17, 0x3bef49f49f49f49f), // (-1)^3/6!
    Dd::from_bits(0x3efa01a01a01a01a, 0x3b3a01a01a01a01a), // (-1)^4/8!
    Dd::from_bits(0xbe927e4fb7789f5c, 0xbb3cbbc05b4fa99a), // (-1)^5/10!
    Dd::from_bits(0x3e21eed8eff8d898, 0xbac2aec959e14c06), // (-1)^6/12!
    Dd::from_bits(0xbda93974a8c07c9d, 0xba305d6f8a2efd1f), // (-1)^7/14!
    Dd::from_bits(0x3d2ae7f3e733b81f, 0x39a1d8656b0ee8cb), // (-1)^8/16!
    Dd::from_bits(0xbca6827863b97d97, 0xb94eec01221a8b0b), // (-1)^9/18!
    Dd::from_bits(0x3c1e542ba4020225, 0x387ea72b4afe3c2f), // (-1)^10/20!
    Dd::from_bits(0xbb90ce396db7f853, 0x383aebcdbd20331c), // (-1)^11/22!
    Dd::from_bits(0x3aff2cf01972f578, 0xb789ada5fcc1ab14), // (-1)^12/24!
    Dd::from_bits(0xba688e85fc6a4e5a, 0x37071c37ebd16540), // (-1)^13/26!
    Dd::from_bits(0x39d0a18a2635085d, 0x366b9e2e28e1aa54), // (-1)^14/28!
];
/// `(-1)^k / (2k+1)` for k in 1..=14: the arctangent series after `u`.
pub(super) const ATAN_COEFFICIENTS: [Dd; 14] = [
    Dd::from_bits(0xbfd5555555555555, 0xbc75555555555555), // (-1)^1/3
    Dd::from_bits(0x3fc999999999999a, 0xbc6999999999999a), // (-1)^2/5
    Dd::from_bits(0xbfc2492492492492, 0xbc62492492492492), // (-1)^3/7
    Dd::from_bits(0x3fbc71c71c71c71c, 0x3c5c71c71c71c71c), // (-1)^4/9
    Dd::from_bits(0xbfb745d1745d1746, 0x3c4745d1745d1746), // (-1)^5/11
    Dd::from_bits(0x3fb3b13b13b13b14, 0xbc53b13b13b13b14), // (-1)^6/13
    Dd::from_bits(0xbfb1111111111111, 0xbc31111111111111), // (-1)^7/15
    Dd::from_bits(0x3fae1e1e1e1e1e1e, 0x3c2e1e1e1e1e1e1e), // (-1)^8/17
    Dd::from_bits(0xbfaaf286bca1af28, 0xbc4af286bca1af28), // (-1)^9/19
    Dd::from_bits(0x3fa8618618618618, 0x3c48618618618618), // (-1)^10/21
    Dd::from_bits(0xbfa642c8590b2164, 0xbc3642c8590b2164), // (-1)^11/23
    Dd::from_bits(0x3fa47ae147ae147b, 0xbc2eb851eb851eb8), // (-1)^12/25
    Dd::from_bits(0xbfa2f684bda12f68, 0xbc42f684bda12f68), // (-1)^13/27
    Dd::from_bits(0x3fa1a7b9611a7b96, 0x3c21a7b9611a7b96), // (-1)^14/29
];
/// `atan(j/8)` for j in 0..=8.
pub(super) const ATAN_OF_EIGHTHS: [Dd; 9] = [
    Dd::from_bits(0x0000000000000000, 0x0000000000000000), // atan(0/8)
    Dd::from_bits(0x3fbfd5ba9aac2f6e, 0xbc4cd37686760c17), // atan(1/8)
    Dd::from_bits(0x3fcf5b75f92c80dd, 0x3c68ab6e3cf7afbd), // atan(2/8)
    Dd::from_bits(0x3fd6f61941e4def1, 0xbc7c63aae6f6e918), // atan(3/8)
    Dd::from_bits(0x3fddac670561bb4f, 0x3c7a2b7f222f65e2), // atan(4/8)
    Dd::from_bits(0x3fe1e00babdefeb4, 0xbc5928df287a668f), // atan(5/8)
    Dd::from_bits(0x3fe4978fa3269ee1, 0x3c72419a87f2a458), // atan(6/8)
    Dd::from_bits(0x3fe700a7c5784634, 0xbc78c34d25aadef6), // atan(7/8)
    Dd::from_bits(0x3fe921fb54442d18, 0x3c81a62633145c07), // atan(8/8)
];
/// pi/2.
pub(super) const HALF_PI: Dd = Dd::from_bits(0x3ff921fb54442d18, 0x3c91a62633145c07);
/// pi.
pub(super) const PI: Dd = Dd::from_bits(0x400921fb54442d18, 0x3ca1a62633145c07);
/// floor(2/pi * 2^1280) as little-endian 64-bit limbs (1280 bits).
pub(super) const TWO_OVER_PI_BITS: u32 = 1280;
/// The limbs of floor(2/pi * 2^TWO_OVER_PI_BITS), least significant first.
#[rustfmt::skip]
pub(super) const TWO_OVER_PI: [u64; 20] = [
    0xf0cfbc209af4361d, 0x56033046fc7b6bab, 0x6bfb5fb11f8d5d08, 0x3d0739f78a5292ea,
    0x7527bac7ebe5f17b, 0x4f463f669e5fea2d, 0x6d367ecf27cb09b7, 0xef2f118b5a0a6d1f,
    0x1ff897ffde05980f, 0x9c845f8bbdf9283b, 0x3991d639835339f4, 0xe99c7026b45f7e41,
    0xe88235f52ebb4484, 0xfe1deb1cb129a73e, 0x06492eea09d1921c, 0xb7246e3a424dd2e0,
    0xfe5163abdebbc561, 0xdb6295993c439041, 0xfc2757d1f534ddc0, 0xa2f9836e4e441529,
];
