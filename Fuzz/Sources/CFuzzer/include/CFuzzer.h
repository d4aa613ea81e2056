#ifndef CFUZZER_H
#define CFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (FuzzerDriver.cpp in compiler-rt): parses libFuzzer's flags from
/// argv and calls `callback` with each input. Each fuzz target's entry point calls it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
