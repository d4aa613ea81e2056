// swift-tools-version:6.0
import PackageDescription

// Data flows one way: text → tree → edits → timeline → diff.
// Each library target below is one stage; none depends on a later one.

// Release builds of the `chronolex` executable and of the nine libraries it is made of
// copy and destroy values (an optional citation, a reference, a token) with code made for
// each type. The optimiser's default (type layouts) calls the runtime's generic value
// witnesses instead, to save code size: `edits` of the bench's 100,000 instructions spent
// 5 % of its instructions in `Optional`'s. With `-disable-type-layout`: 15.4 → 14.8 billion
// instructions, 1–5 % less time for `edits` and 2.5–4 % for `consolidate` (as the host's
// load allowed), every output byte for byte the same, the binary 0.1 % larger
// (docs/performance.md, session 41). An unsafe flag is allowed in a root package; it keeps
// these libraries from being a versioned dependency of another package, which they are
// not. Debug builds (the tests', CI's) are unchanged.
let valueOperations: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-type-layout"], .when(configuration: .release))]

let package = Package(
    name: "Chronolex",
    products: [
        .executable(name: "chronolex", targets: ["chronolex"]),
        .library(name: "ChronolexModel", targets: ["ChronolexModel"]),
        .library(name: "ChronolexReaders", targets: ["ChronolexReaders"]),
        .library(name: "ChronolexXML", targets: ["ChronolexXML"]),
        .library(name: "ChronolexAmendments", targets: ["ChronolexAmendments"]),
        .library(name: "ChronolexTimeline", targets: ["ChronolexTimeline"]),
        .library(name: "ChronolexDiff", targets: ["ChronolexDiff"]),
        .library(name: "ChronolexWorkspace", targets: ["ChronolexWorkspace"]),
        .library(name: "ChronolexIndex", targets: ["ChronolexIndex"]),
        .library(name: "ChronolexServer", targets: ["ChronolexServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The corpus index (SQLite with FTS5, the system's libsqlite3).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        // The reading room in a browser (chronolex serve).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // libxml2, as Debian ships it (libxml2-dev), found through pkg-config.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The document model: acts, divisions, articles, paragraphs, alinéas, points,
        // sentences, addresses, dates, diagnostics, and the text renderers.
        .target(name: "ChronolexModel", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: valueOperations),
        // The only Swift code that calls libxml2: HTML pages written (diff, consolidation)
        // and read (Justel pages, walked element by element).
        .target(name: "ChronolexXML", dependencies: ["ChronolexModel", "CLibXML2"], swiftSettings: valueOperations),
        // Readers: front matter, markdown (seed format), plain eJustice text, Justel pages.
        .target(name: "ChronolexReaders", dependencies: [
            "ChronolexModel", "ChronolexXML",
            .product(name: "Yams", package: "Yams"),
        ], swiftSettings: valueOperations),
        // Amending instructions: from the words of an amending act (a tree) to typed edits;
        // the new text they quote is read by the readers when the instruction is read.
        .target(name: "ChronolexAmendments", dependencies: ["ChronolexModel", "ChronolexReaders"], swiftSettings: valueOperations),
        // Consolidation in time: versions of each unit, point-in-time and as-known-on.
        .target(name: "ChronolexTimeline", dependencies: ["ChronolexModel", "ChronolexAmendments"], swiftSettings: valueOperations),
        // Changes between two versions, word by word, as text and as HTML, attributed to
        // the edits of a timeline.
        .target(name: "ChronolexDiff", dependencies: ["ChronolexModel", "ChronolexXML", "ChronolexAmendments", "ChronolexTimeline"], swiftSettings: valueOperations),
        // One library for every front end: acts from files or from memory, and the questions
        // asked of them (timeline, act at a date, history, explain, diff, check).
        .target(name: "ChronolexWorkspace", dependencies: [
            "ChronolexModel", "ChronolexReaders", "ChronolexAmendments", "ChronolexTimeline", "ChronolexDiff",
        ], swiftSettings: valueOperations),
        // A whole corpus at hand: every act of a folder in one SQLite database — metadata,
        // articles for full-text search, and the amendment graph (which act amends which).
        .target(name: "ChronolexIndex", dependencies: [
            "ChronolexModel", "ChronolexReaders", "ChronolexAmendments", "ChronolexTimeline", "ChronolexWorkspace",
            .product(name: "GRDB", package: "GRDB.swift"),
        ], swiftSettings: valueOperations),
        // The reading room: a local web application over an index (Hummingbird), its pages
        // written through libxml2 like every HTML page of Chronolex.
        .target(name: "ChronolexServer", dependencies: [
            "ChronolexModel", "ChronolexReaders", "ChronolexXML", "ChronolexAmendments", "ChronolexTimeline", "ChronolexDiff",
            "ChronolexWorkspace", "ChronolexIndex",
            .product(name: "Hummingbird", package: "hummingbird"),
        ], swiftSettings: valueOperations),
        // The real-corpus report (not a product): triples against Justel, the amending sample
        // against its hand count.
        .target(name: "ChronolexCorpusReport", dependencies: [
            "ChronolexModel", "ChronolexReaders", "ChronolexAmendments", "ChronolexTimeline", "ChronolexDiff", "ChronolexWorkspace",
        ]),
        .executableTarget(name: "chronolex-report", dependencies: ["ChronolexCorpusReport"]),
        // The benchmarks' inputs (not a product): large generated acts that scripts/bench.sh
        // gives the chronolex binary, timed as whole processes beside a baseline.
        .executableTarget(name: "chronolex-bench", dependencies: ["ChronolexModel", "ChronolexReaders"]),
        .executableTarget(name: "chronolex", dependencies: [
            "ChronolexModel", "ChronolexReaders", "ChronolexXML", "ChronolexAmendments", "ChronolexTimeline", "ChronolexDiff", "ChronolexWorkspace",
            "ChronolexIndex", "ChronolexServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Hummingbird", package: "hummingbird"),
        ], swiftSettings: [
            // The release binary carries the Swift standard library and Foundation in itself
            // (as `swift build --static-swift-stdlib` would): no two dozen shared libraries
            // to load and bind at every start. Compiled so, this module names the static
            // libraries Foundation needs for the linker. Debug builds (the tests', CI's)
            // link them as shared libraries, as before.
            .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
        ] + valueOperations, linkerSettings: [
            .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
        ]),
        .testTarget(name: "ChronolexModelTests", dependencies: ["ChronolexModel"]),
        .testTarget(name: "ChronolexReadersTests", dependencies: ["ChronolexReaders", "ChronolexModel", "ChronolexXML"]),
        .testTarget(name: "ChronolexAmendmentsTests", dependencies: ["ChronolexAmendments", "ChronolexReaders", "ChronolexModel"]),
        .testTarget(name: "ChronolexTimelineTests", dependencies: ["ChronolexTimeline", "ChronolexWorkspace", "ChronolexAmendments", "ChronolexReaders", "ChronolexModel"]),
        .testTarget(name: "ChronolexDiffTests", dependencies: ["ChronolexDiff", "ChronolexWorkspace", "ChronolexReaders", "ChronolexModel"]),
        .testTarget(name: "ChronolexIndexTests", dependencies: ["ChronolexIndex", "ChronolexModel", "ChronolexWorkspace"]),
        .testTarget(name: "ChronolexServerTests", dependencies: [
            "ChronolexServer", "ChronolexIndex", "ChronolexModel",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "ChronolexCLITests", dependencies: ["chronolex", "ChronolexCorpusReport"], exclude: ["Golden"]),
    ]
)
