//! tongji: extract typed, exact, traceable quantitative facts from Chinese text.

mod chinese;
pub mod error;
pub mod number;

pub use error::{Error, ParseError};
pub use number::{Number, NumberKind, parse_number};
