pub mod case;
pub mod check;
pub mod complain;
pub mod not_found;
pub mod provider;
pub mod sent;
pub mod start;
pub mod status;
