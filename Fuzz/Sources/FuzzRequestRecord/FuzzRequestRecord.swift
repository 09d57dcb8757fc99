import Delivery
import FuzzSupport
import JSONValues

/// A line of `actions deliver`'s input (a request record or a dead letter) → parse →
/// restore masked secrets → encode again, masked; reading the encoding back must give the
/// same request.
let settings: JSONObject = ["api_key": "k-123", "stack": "eu"]
let mask = SecretMask(secrets: [("api_key", "k-123")])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequestRecord(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let json = try? JSONParser.parse(UnsafeRawBufferPointer(start: data, count: size)),
          let record = try? RequestRecord.parse(json) else { return 0 }
    let restored = try? SecretMask.restore(record, settings: settings, headers: [("X-Fuzz", "1")])
    let encoded = JSON.object(RequestRecord.encode(record))
    guard let again = try? RequestRecord.parse(encoded) else { FuzzSupport.finding("an encoded record does not read back: \(encoded)") }
    if again.method != record.method || again.url != record.url || again.json != record.json || again.batch != record.batch {
        FuzzSupport.finding("encode → parse changed the record: \(encoded)")
    }
    if let restored { _ = RequestRecord.encode(restored, mask: mask) }
    return 0
}

@_cdecl("FuzzRequestRecord_main")
public func fuzzRequestRecordMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzSupport.runDriver(argc, argv, fuzzRequestRecord)
}
