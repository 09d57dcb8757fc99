/// JavaScript's `ToBoolean` for the primitive values: `false`, `0`, `-0`, `NaN`, `""`,
/// `null` and `undefined` are false; everything else, empty arrays and objects included,
/// is true.
package enum ToBoolean {
    /// `Boolean(d)`: false for `0`, `-0` and `NaN`.
    @inlinable
    package static func of(_ d: Double) -> Bool { !(d == 0 || d.isNaN) }

    /// `Boolean(s)`: false only for the empty string.
    @inlinable
    package static func of(_ s: String) -> Bool { !s.isEmpty }
}
