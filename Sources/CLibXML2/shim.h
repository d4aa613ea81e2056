#ifndef CHRONOLEX_CLIBXML2_SHIM_H
#define CHRONOLEX_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses to call directly
/// ("not concurrency-safe"); this wrapper makes it an ordinary function.
static inline void chronolex_xmlFree(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's default error printer (errors are reported by Chronolex itself).
static inline void chronolex_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
}

#endif
