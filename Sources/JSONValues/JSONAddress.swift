/// Addresses of values inside a JSON tree, for walks that read deep into a tree without
/// copying each value on the way.
///
/// Copying a `JSON` that holds a string, an array or an object costs a retain and, later,
/// a release; a lookup such as `properties.products` that copies the intermediate
/// `properties` object pays that for nothing. ``follow(_:from:startingAt:)`` hands out
/// the address of the value it reaches instead, and the caller copies only that value.
///
/// An address is valid only while the tree it points into is alive and unchanged: the
/// caller must hold the root (a borrowed parameter is enough) and must not mutate any part
/// of it until it is done with the address.
package enum JSONAddress {
    /// One step of a walk: an object member's key, and the array index it also names (if
    /// it is one).
    package struct Step: Sendable, Equatable {
        package let key: String
        package let index: Int?

        package init(key: String, index: Int?) {
            self.key = ExactText.compact(key)
            self.index = index
        }
    }

    /// Where a walk stopped.
    package enum Stop {
        /// Every step was taken: the value is at `address`.
        case reached(UnsafePointer<JSON>)
        /// A step found nothing (no such member, or an index past the end).
        case absent
        /// Step `step` meets the value at `address`, which is not an object, nor an array
        /// with an index step: the caller's own rules say what that step gives.
        case blocked(UnsafePointer<JSON>, step: Int)
    }

    /// Follows `steps` (at least one) from `object`: the walk from a root the caller holds
    /// as a value, whose payload it can lend without a copy where taking its address
    /// would need one.
    package static func follow(_ steps: UnsafeBufferPointer<Step>, in object: JSONObject) -> Stop {
        precondition(!steps.isEmpty, "a walk from an object value takes at least one step")
        // (Not `position(of:)`, which would not be inlined here: the scan is.)
        guard let position = object.index != nil ? object.position(of: steps[0].key) : object.scanPosition(of: steps[0].key) else { return .absent }
        let address = object.valueAddress(at: position)
        // A path of one step (`$.messageId`, an item's `$.price`: most paths) is done.
        if steps.count == 1 { return .reached(address) }
        return follow(steps, from: address, startingAt: 1)
    }

    /// Follows `steps` from `root`, from step `first` on: through objects by key and
    /// through arrays by index.
    ///
    /// Written with every access in this one function (keys compared in place, the member
    /// buffers read through their addresses), so that no value on the way is copied: a
    /// value passed to a function that is not inlined would be.
    package static func follow(_ steps: UnsafeBufferPointer<Step>, from root: UnsafePointer<JSON>, startingAt first: Int = 0) -> Stop {
        var current = root
        var i = first
        while i < steps.count {
            switch current.pointee {
            case .object(let o):
                // `o` is only used inline here: handing it to a function that is not
                // inlined would copy it. A small key in an object without a hash index
                // (nearly every step) is found here; anything else in `member(of:_:)`.
                #if _pointerBitWidth(_64)
                let words = unsafeBitCast(steps[i].key, to: (UInt64, UInt64).self)
                if o.index == nil, words.1 & ExactText.smallFlag != 0 {
                    guard let position = o.smallKeyPosition(words) else { return .absent }
                    current = o.valueAddress(at: position)
                    break
                }
                #endif
                guard let next = member(of: current, steps[i].key) else { return .absent }
                current = next
            case .array(let a):
                guard let index = steps[i].index else { return .blocked(current, step: i) }
                guard index >= 0, index < a.count else { return .absent }
                current = a.withUnsafeBufferPointer { $0.baseAddress! + index }
            default:
                return .blocked(current, step: i)
            }
            i += 1
        }
        return .reached(current)
    }

    /// The address of member `key` of the object at `object`.
    @inline(never)
    private static func member(of object: UnsafePointer<JSON>, _ key: String) -> UnsafePointer<JSON>? {
        guard case .object(let o) = object.pointee, let position = o.position(of: key) else { return nil }
        return o.valueAddress(at: position)
    }
}
