import ChronolexModel
import Glibc
import FuzzSupport

/// `Address.parse`: any text, short or long form.
///
/// Asserts: no crash, no hang; an address that parses prints (short and long form) to
/// a text that parses back to the same address, and prints the same again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: fuzzBytes(data, size), as: UTF8.self)
    guard case .success(let address) = Address.parse(text) else { return 0 }
    _ = address.anchor
    for printed in [address.description, address.longDescription] {
        switch Address.parse(printed) {
        case .success(let again):
            if again != address {
                fatalError("FUZZ INVARIANT: '\(text.debugDescription)' parses to \(address) (\(dump(address))), printed \(printed.debugDescription), which parses to \(again) (\(dump(again)))")
            }
            if again.description != address.description {
                fatalError("FUZZ INVARIANT: '\(text.debugDescription)': printed \(address.description.debugDescription), then \(again.description.debugDescription)")
            }
        case .failure(let error):
            fatalError("FUZZ INVARIANT: '\(text.debugDescription)' parses to \(dump(address)), printed \(printed.debugDescription), which does not parse: \(error)")
        }
    }
    return 0
}

private func dump(_ a: Address) -> String {
    "article=\(a.article.debugDescription) paragraph=\(String(describing: a.paragraph).debugDescription) alinea=\(String(describing: a.alinea)) points=\(a.points.map { "\($0.kind):\($0.value.debugDescription)" }) sentence=\(String(describing: a.sentence))"
}

/// The program's entry point (see `runFuzzer`): libFuzzer's driver, on `fuzz`.
@_cdecl("FuzzAddress_main")
public func FuzzAddressMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
