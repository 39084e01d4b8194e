package org.bangfu.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The Modeler door catches every spelling of the deployment call the engine's router would accept. */
class ModelerDoorPathTest {

    private static boolean caught(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
        return ModelerDeploymentFilter.isDeploymentCreate(request);
    }

    @Test
    void theDeploymentCallIsCaughtOnTheDefaultAndANamedEngineWithSlashesAndMatrixParameters() {
        assertThat(caught("/engine-rest/deployment/create")).isTrue();
        assertThat(caught("/engine-rest/deployment/create/")).isTrue();
        assertThat(caught("/engine-rest//deployment//create")).isTrue();
        assertThat(caught("/engine-rest/deployment;x=1/create;y=2")).isTrue();
        assertThat(caught("/engine-rest/engine/default/deployment/create")).isTrue();
        assertThat(caught("/engine-rest/deployment/%63reate")).isTrue();
    }

    @Test
    void otherEngineCallsPassOnToTheirOwnDoors() {
        assertThat(caught("/engine-rest/deployment")).isFalse();
        assertThat(caught("/engine-rest/deployment/abc/redeploy")).isFalse();
        assertThat(caught("/engine-rest/process-definition/key/x/start")).isFalse();
    }
}
