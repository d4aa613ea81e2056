import ChronolexModel
import ChronolexReaders
import Foundation

/// Generates large acts for the benchmarks from the example acts: their articles
/// replicated with fresh numbers, so that the result is one valid act.
enum BenchmarkInput {
    static func largeAct(from corpus: String, megabytes: Double) throws -> (bytes: [UInt8], articles: Int) {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
        var articles: [String] = []
        for file in files {
            let result = ActReader.read(path: corpus + "/" + file)
            guard let act = result.act else { continue }
            var base = act
            base.metadata = ActMetadata()
            let markdown = MarkdownRenderer.render(base)
            // Cut the body into article blocks at each bold heading.
            let body = markdown.components(separatedBy: "\n---\n").last ?? markdown
            var current = ""
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("**Art") {
                    if !current.isEmpty { articles.append(current) }
                    current = ""
                    current += String(line.drop { $0 != " " }.dropFirst().drop { $0 != " " }) + "\n"
                } else if line.hasPrefix("#") {
                    continue
                } else if !current.isEmpty || !line.isEmpty {
                    current += line + "\n"
                }
            }
            if !current.isEmpty { articles.append(current) }
        }
        guard !articles.isEmpty else { throw GeneratorError("no example acts in \(corpus)") }
        var out = "---\ntitle-fr: \"Arrêté du Gouvernement de référence pour les mesures\"\ndate: 2024-01-01\n---\n"
        var number = 0
        let target = Int(megabytes * 1_000_000)
        var chapter = 0
        while out.utf8.count < target {
            for article in articles where out.utf8.count < target {
                if number % 50 == 0 {
                    chapter += 1
                    out += "\n## CHAPITRE \(chapter). - Dispositions \(chapter)\n"
                }
                number += 1
                let heading = number == 1 ? "**Article 1er.**" : "**Art. \(number).**"
                out += "\n" + heading + article
            }
        }
        return (Array(out.utf8), number)
    }
}
