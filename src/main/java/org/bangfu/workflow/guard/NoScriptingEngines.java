package org.bangfu.workflow.guard;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptingEngines;

/**
 * No script engine at all (defence in depth behind the {@code script-*} rules): a script task, script listener,
 * script condition or DMN script that slipped past the lint fails instead of running. The process application's
 * own script engines are not consulted either.
 */
final class NoScriptingEngines extends ScriptingEngines {

    NoScriptingEngines() {
        super(new DefaultScriptEngineResolver(new ScriptEngineManager(NoScriptingEngines.class.getClassLoader())));
    }

    @Override
    public ScriptEngine getScriptEngineForLanguage(String language) {
        throw new ProcessEngineException("Scripts are disabled in Bangfu (language '" + language
                + "', see docs/security/deployment-rules.md)");
    }
}
