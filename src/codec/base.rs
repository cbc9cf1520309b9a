//! The scenario a link or a file builds on: the signed convention, or a generated grid.

use serde::{Deserialize, Serialize};

use crate::domain::defaults::{generated, signed_convention, MAX_GENERATED};
use crate::domain::scenario::Scenario;
use crate::domain::validate::Invalid;

/// Part of version 1 of the link format: variants keep their order (postcard writes the
/// variant's index); a new one goes at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Base {
    /// The signed convention of 10 July 2019: what differences and *Modifié* badges measure.
    Convention,
    /// `?bench=DxYxA`: D départements × Y years × A axes, within [`MAX_GENERATED`].
    Generated { depts: u8, years: u8, axes: u8 },
}

impl Base {
    /// The scenario itself; a generated grid outside 1…[`MAX_GENERATED`] is refused.
    pub fn scenario(self) -> Result<Scenario, Invalid> {
        match self {
            Base::Convention => Ok(signed_convention()),
            Base::Generated { depts, years, axes } => {
                let (d, y, a) = (usize::from(depts), usize::from(years), usize::from(axes));
                let (max_d, max_y, max_a) = MAX_GENERATED;
                if !(1..=max_d).contains(&d)
                    || !(1..=max_y).contains(&y)
                    || !(1..=max_a).contains(&a)
                {
                    return Err(Invalid::TooLarge);
                }
                Ok(generated(d, y, a))
            }
        }
    }

    /// The base of a generated grid, sizes already brought within [`MAX_GENERATED`].
    pub fn generated(depts: usize, years: usize, axes: usize) -> Base {
        let (max_d, max_y, max_a) = MAX_GENERATED;
        let size = |n: usize, max: usize| u8::try_from(n.clamp(1, max)).unwrap_or(u8::MAX);
        Base::Generated {
            depts: size(depts, max_d),
            years: size(years, max_y),
            axes: size(axes, max_a),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_base_is_refused_outside_its_limits() {
        let g = |depts, years, axes| Base::Generated { depts, years, axes }.scenario();
        assert!(g(1, 1, 1).is_ok());
        assert!(g(101, 20, 8).is_ok());
        for (d, y, a) in [
            (0, 1, 1),
            (102, 1, 1),
            (1, 0, 1),
            (1, 21, 1),
            (1, 1, 9),
            (255, 255, 255),
        ] {
            assert_eq!(g(d, y, a), Err(Invalid::TooLarge));
        }
        assert_eq!(
            Base::generated(200, 0, 4),
            Base::Generated {
                depts: 101,
                years: 1,
                axes: 4
            }
        );
    }
}
