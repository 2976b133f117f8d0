/**
 * The optional large language model: rewrites a story brief or an answer from cited evidence sentences through
 * any OpenAI-compatible chat endpoint (Ollama, llama.cpp server, vLLM, hosted), off by default. Every output
 * sentence keeps citations to the evidence; a sentence citing nothing, or citing what the prompt did not hold, is
 * dropped. A daily token budget and a per-story cache bound its cost; any failure yields an empty result, so
 * callers show the local, extractive result and never depend on the model. {@link
 * org.storyloom.summary.llm.LlmRewrites} is the entry point.
 */
@NullMarked
package org.storyloom.summary.llm;

import org.jspecify.annotations.NullMarked;
