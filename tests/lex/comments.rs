// Line comments and every kind of doc comment.
/// outer line doc
//! inner line doc
//// four slashes: not a doc comment
//
///
//!
/* block */ /* /* nested */ still comment */
/** outer block doc */ /*! inner block doc */
/***/ /**/ /*** not doc */ /**** */ /*/**/*/
/* multi
   line */
x // trailing
