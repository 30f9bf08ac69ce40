package vn.bacson.khenthuong.process;

import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * Sends a commune's Bằng khen proposals to the province's review (bpmn/ProvinceCommendation.bpmn) and brings a
 * returned proposal back to it. With {@code app.province.mode=external} nothing is sent: the commune process waits
 * for culture-social to type the province's answer in, as before.
 */
@Service
public class ProvinceCommendationWorkflow {

    /** Variables of the commune process set by a batch decision: its key and how many dossiers go to the province. */
    static final String PROVINCE_BATCH = "provinceBatch";

    static final String PROVINCE_BATCH_SIZE = "provinceBatchSize";

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ProvinceSettings settings;
    private final ProvinceSteps steps;

    public ProvinceCommendationWorkflow(
            RuntimeService runtime, IdentityService identity, ProvinceSettings settings, ProvinceSteps steps) {
        this.runtime = runtime;
        this.identity = identity;
        this.settings = settings;
        this.steps = steps;
    }

    /**
     * The commune dossier of this execution is proposed to the province: it joins its batch's proposal, and the
     * province's review starts when the batch's last dossier has joined. The commune is the instance's tenant when it
     * has one, else {@code app.commune.default-code}.
     */
    void send(DelegateExecution execution, UUID dossierId, String defaultCommune) {
        if (!settings.isInternal()) {
            return;
        }
        Object batch = execution.getVariable(PROVINCE_BATCH);
        Object size = execution.getVariable(PROVINCE_BATCH_SIZE);
        String batchKey = batch == null ? dossierId.toString() : batch.toString();
        int batchSize = size == null ? 1 : ((Number) size).intValue();
        String commune = execution.getTenantId() != null ? execution.getTenantId() : defaultCommune;
        Optional<UUID> complete = steps.dossierProposed(dossierId, batchKey, batchSize, commune);
        complete.ifPresent(proposalId ->
                runtime.startProcessInstanceByKey(ProvinceCommendationVariables.PROCESS_KEY, proposalId.toString()));
    }

    /** The commune sends its returned proposal again; 409 when the province is not waiting for it. */
    public void resend(UUID proposalId) {
        EngineAccess.asSystem(identity, () -> {
            Execution waiting = runtime.createExecutionQuery()
                    .processInstanceBusinessKey(proposalId.toString())
                    .processDefinitionKey(ProvinceCommendationVariables.PROCESS_KEY)
                    .messageEventSubscriptionName(ProvinceCommendationVariables.MESSAGE_PROPOSAL_RESENT)
                    .singleResult();
            if (waiting == null) {
                throw new DomainException(ErrorCode.PROVINCE_PROPOSAL_NOT_RETURNED);
            }
            steps.resent(proposalId);
            runtime.createMessageCorrelation(ProvinceCommendationVariables.MESSAGE_PROPOSAL_RESENT)
                    .processInstanceBusinessKey(proposalId.toString())
                    .correlate();
        });
    }
}
