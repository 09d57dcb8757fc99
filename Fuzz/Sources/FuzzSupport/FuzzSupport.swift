import JSONValues

/// What every fuzz target shares: the repository's paths, sample events, and a way to
/// report a finding that libFuzzer records as a crash with its input.
public enum FuzzSupport {
    /// The repository root, found from this file's place (Fuzz/Sources/FuzzSupport/).
    public static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)
        return parts.joined(separator: "/")
    }()

    /// A few events of every type, with the shapes the destinations read.
    public static let events: [JSON] = [
        #"{"type":"track","event":"Order Completed","userId":"u1","anonymousId":"a1","messageId":"m1","timestamp":"2024-03-05T14:15:00.000Z","properties":{"order_id":"o1","price":12.5,"products":[{"product_id":"p1","price":59.9,"quantity":1,"brand":"acme"},{"product_id":"gift","price":0}]},"context":{"device":{"type":"ios"},"page":{"url":"https://shop.example/x"}}}"#,
        #"{"type":"track","event":"Product Viewed","anonymousId":"a2","messageId":"m2","properties":{"resolvedBidId":"b1","products":[{"resolvedBidId":"r1"}]},"integrations":{"All":false,"Topsort":true}}"#,
        #"{"type":"identify","userId":"u3","traits":{"email":"x@example.com","name":"X","created_at":"2020-01-01"},"context":{"groupId":"g1"}}"#,
        #"{"type":"page","name":"Home","properties":{"path":"/","title":"Home"},"anonymousId":"a4"}"#,
        #"{"type":"group","groupId":"g1","traits":{"name":"Acme","plan":"pro"},"userId":"u5"}"#,
        #"{}"#,
    ].map { try! JSONParser.parse($0) }

    /// The input as text, or `nil` when it is not UTF-8 (most targets only take text).
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String? {
        let bytes = UnsafeBufferPointer(start: data, count: size)
        var it = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A finding: libFuzzer saves the input that led here.
    public static func finding(_ message: String) -> Never {
        fatalError("fuzz finding: \(message)")
    }
}

/// libFuzzer's entry point for a program that has its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

extension FuzzSupport {
    /// Runs libFuzzer with `callback`. SwiftPM links an executable target's `main` to a
    /// symbol named after the module (`FuzzJSON_main`), which each target defines by
    /// calling this.
    public static func runDriver(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt {
        var count = argc
        var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return LLVMFuzzerRunDriver(&count, &vector, callback)
    }
}
