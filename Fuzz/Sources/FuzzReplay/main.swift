import ChronolexModel
import ChronolexReaders
import ChronolexXML
import Foundation

// Not a fuzz target: prints what the readers make of inputs, to study a finding and
// write its regression test. Built without sanitizers:
//   swift build --package-path Fuzz --product FuzzReplay --scratch-path Fuzz/.build-replay
//   Fuzz/.build-replay/debug/FuzzReplay read FILE...      the reading (format, diagnostics, markdown, JSON)
//   Fuzz/.build-replay/debug/FuzzReplay address FILE...   Address.parse of each file's text and its printed forms
let arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first, ["read", "address"].contains(mode) else {
    FileHandle.standardError.write("usage: FuzzReplay read|address FILE...\n".data(using: .utf8)!)
    exit(2)
}
for path in arguments.dropFirst() {
    let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    print("== \(path) (\(bytes.count) bytes): \(String(decoding: bytes.prefix(300), as: UTF8.self).debugDescription)")
    if mode == "address" {
        let text = String(decoding: bytes, as: UTF8.self)
        switch Address.parse(text) {
        case .failure(let error): print("failure: \(error)")
        case .success(let a):
            print("article=\(a.article.debugDescription) paragraph=\(String(describing: a.paragraph)) alinea=\(String(describing: a.alinea)) points=\(a.points.map { "\($0.kind):\($0.value.debugDescription)" }) sentence=\(String(describing: a.sentence))")
            for printed in [a.description, a.longDescription] {
                print("printed \(printed.debugDescription) → \(Address.parse(printed).map { $0 == a ? "same" : "DIFFERENT: \($0)" })")
            }
        }
        continue
    }
    let result = ActReader.read(bytes: bytes, file: "fuzz.md")
    print("format: \(result.format.map { "\($0)" } ?? "nil"), act: \(result.act != nil), hasErrors: \(result.hasErrors)")
    for d in result.diagnostics { print("diagnostic: \(d.description.debugDescription)") }
    if let act = result.act {
        let markdown = MarkdownRenderer.render(act)
        print("--- markdown ---\n\(markdown)--- markdown (escaped) ---\n\(markdown.debugDescription)")
        let again = ActReader.read(text: markdown, file: "again.md")
        print("--- read again: hasErrors \(again.hasErrors)")
        for d in again.diagnostics { print("again: \(d.description.debugDescription)") }
        if let a2 = again.act {
            let j1 = JSONRenderer(includeRanges: false).render(act), j2 = JSONRenderer(includeRanges: false).render(a2)
            print(j1 == j2 ? "same tree" : "--- tree ---\n\(j1)--- tree again ---\n\(j2)")
        }
        if CommandLine.arguments.contains("--html") { print(HTMLRenderer.render(act)) }
    }
}
