package org.bangfu.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.bangfu.Rest;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The campaign list and a unit's recipients are paged and counted in the database, with their visibility rules. */
class CampaignPagingTest extends PrivateSubtreeTest {

    @Autowired CampaignService campaigns;
    @Autowired ModelWorkerService modelWorkers;

    @Test
    void campaignsArePagedAndCountedAsTheListShowsThem() {
        CurrentUser root = user(fx.rootUser);
        List<Long> listed = campaigns.campaigns(root).stream().map(Campaign::id).toList();
        int total = campaigns.campaignCount(root);
        assertThat(total).isEqualTo(listed.size()).isGreaterThanOrEqualTo(2);
        List<Campaign> paged = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 1) {
            List<Campaign> page = campaigns.campaigns(root, offset, 1);
            assertThat(page).hasSize(1);
            paged.addAll(page);
        }
        assertThat(paged).extracting(Campaign::id).doesNotHaveDuplicates().containsExactlyElementsOf(listed)
                .isSortedAccordingTo(Comparator.reverseOrder()).contains(fx.campaign);
        // a city below sees the campaigns organised above it; another county sees none of them
        assertThat(campaigns.campaigns(user(fx.u3User), 0, total)).extracting(Campaign::id).contains(fx.campaign);
        List<Long> elsewhere = campaigns.campaigns(user("cw_huiji"), 0, 10_000).stream().map(Campaign::id).toList();
        assertThat(elsewhere).doesNotContain(fx.campaign);
        assertThat(campaigns.campaignCount(user("cw_huiji"))).isEqualTo(elsewhere.size());
    }

    @Test
    void recipientsArePagedAndCountedWithinTheUnitsSubtree() {
        recipient(fx.u1, fx.b);
        recipient(fx.u1, fx.f);
        recipient(fx.u2, fx.c);
        // the fixture's own recipient is counted by the dashboard only; here it is read back, so give it a real group
        jdbc.sql("UPDATE campaign_recipient SET target = 'FILED_HARDSHIP' WHERE campaign_id = ?").param(fx.campaign)
                .update();
        CurrentUser root = user(fx.rootUser);
        assertThat(campaigns.recipientCount(fx.campaign, fx.root, root)).isEqualTo(4);
        List<Recipient> all = new ArrayList<>(campaigns.recipients(fx.campaign, fx.root, root, 0, 3));
        assertThat(all).hasSize(3);
        all.addAll(campaigns.recipients(fx.campaign, fx.root, root, 3, 3));
        assertThat(all).extracting(Recipient::id).doesNotHaveDuplicates().hasSize(4)
                .isSortedAccordingTo(Comparator.naturalOrder())
                .containsExactlyElementsOf(campaigns.recipients(fx.campaign, fx.root, root).stream()
                        .map(Recipient::id).toList());
        assertThat(all).extracting(Recipient::caseId).containsExactlyInAnyOrder(fx.a, fx.b, fx.f, fx.c);

        assertThat(campaigns.recipientCount(fx.campaign, fx.u1, root)).isEqualTo(3);
        assertThat(campaigns.recipients(fx.campaign, fx.u2, root, 0, 10)).extracting(Recipient::caseId)
                .containsExactly(fx.c);
        // a sibling city may not read the other city's recipients, nor a county elsewhere the campaign's
        assertThatThrownBy(() -> campaigns.recipientCount(fx.campaign, fx.u1, user(fx.u2User)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> campaigns.recipients(fx.campaign, fx.root, user("cw_huiji"), 0, 10))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void restPagesCampaignsAndRecipientsAndRefusesABadPageSize() throws Exception {
        recipient(fx.u1, fx.b);
        recipient(fx.u2, fx.c);
        jdbc.sql("UPDATE campaign_recipient SET target = 'FILED_HARDSHIP' WHERE campaign_id = ?").param(fx.campaign)
                .update();
        Rest rest = new Rest(baseUrl());
        String path = "/api/campaigns/" + fx.campaign + "/units/" + fx.root + "/recipients";
        Rest.Reply first = rest.get(fx.rootUser, path + "?page=0&size=2");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("items")).hasSize(2);
        assertThat(first.json().get("total").asInt()).isEqualTo(3);
        assertThat(first.json().get("hasMore").asBoolean()).isTrue();
        Rest.Reply second = rest.get(fx.rootUser, path + "?page=1&size=2");
        assertThat(second.json().get("items")).hasSize(1);
        assertThat(second.json().get("items").get(0).get("caseId").asLong()).isEqualTo(fx.c);
        assertThat(second.json().get("hasMore").asBoolean()).isFalse();

        Rest.Reply campaignsPage = rest.get(fx.rootUser, "/api/campaigns?size=200");
        assertThat(campaignsPage.status()).as(campaignsPage.body()).isEqualTo(200);
        assertThat(campaignsPage.json().get("items").findValuesAsText("name")).contains(fx.campaignName);
        assertThat(campaignsPage.json().get("total").asInt()).isEqualTo(campaigns.campaignCount(user(fx.rootUser)));

        Rest.Reply tooSmall = rest.get(fx.rootUser, "/api/campaigns?size=0");
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.contentType()).contains("application/problem+json");
        assertThat(rest.get(fx.rootUser, path + "?size=201").status()).isEqualTo(400);
        assertThat(rest.get(fx.u2User, "/api/campaigns/" + fx.campaign + "/units/" + fx.u1 + "/recipients").status())
                .isEqualTo(403);
    }

    @Test
    void coverageGapsArePagedAndCountedWithinTheUnitsSubtree() {
        CurrentUser root = user(fx.rootUser);
        List<CoverageGap> listed = campaigns.coverage(fx.campaign, fx.root, root);
        assertThat(listed).extracting(CoverageGap::caseId).containsExactlyInAnyOrder(fx.b, fx.d);
        assertThat(campaigns.coverageCount(fx.campaign, fx.root, root)).isEqualTo(2);
        List<CoverageGap> paged = new ArrayList<>(campaigns.coverage(fx.campaign, fx.root, root, 0, 1));
        paged.addAll(campaigns.coverage(fx.campaign, fx.root, root, 1, 1));
        assertThat(paged).doesNotHaveDuplicates().isEqualTo(listed);
        assertThat(campaigns.coverage(fx.campaign, fx.u2, root, 0, 10)).extracting(CoverageGap::caseId)
                .containsExactly(fx.d);
        assertThatThrownBy(() -> campaigns.coverageCount(fx.campaign, fx.u1, user(fx.u2User)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void modelWorkersArePagedAndCountedWithinTheSubtreeWithTheSeventyPlusFilter() throws Exception {
        CurrentUser worker = user("cw_zhongyuan");
        long unit = worker.unit().id();
        List<Long> listed = modelWorkers.list(unit, worker).stream().map(ModelWorker::id).toList();
        int total = modelWorkers.count(unit, null, worker);
        assertThat(total).isEqualTo(listed.size()).isGreaterThanOrEqualTo(2);
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 1) {
            paged.addAll(modelWorkers.page(unit, null, worker, offset, 1).stream().map(ModelWorker::id).toList());
        }
        assertThat(paged).doesNotHaveDuplicates().isEqualTo(listed);
        java.time.LocalDate day = java.time.LocalDate.of(2022, 6, 1); // the demo entry born 1948 is 70, the one born 1952 not yet
        List<Long> seniors = modelWorkers.seniors(unit, day, worker).stream().map(ModelWorker::id).toList();
        assertThat(modelWorkers.count(unit, day, worker)).isEqualTo(seniors.size()).isLessThan(total);
        assertThat(modelWorkers.page(unit, day, worker, 0, 100)).extracting(ModelWorker::id).isEqualTo(seniors);
        // a county elsewhere may not page this subtree
        assertThatThrownBy(() -> modelWorkers.count(unit, null, user("cw_huiji")))
                .isInstanceOf(ForbiddenException.class);
        Rest.Reply second = new Rest(baseUrl()).get("cw_zhongyuan", "/api/model-workers?page=1&size=1");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("items").get(0).get("id").asLong()).isEqualTo(listed.get(1));
        assertThat(second.json().get("total").asInt()).isEqualTo(total);
        assertThat(new Rest(baseUrl()).get("cw_zhongyuan", "/api/model-workers?size=201").status()).isEqualTo(400);
    }

    private void recipient(long unit, long caseId) {
        jdbc.sql("""
                INSERT INTO campaign_recipient (campaign_id, unit_id, target, origin, case_id, name, payee_key,
                  goods_value, registered_by, registered_at)
                VALUES (?, ?, 'FILED_HARDSHIP', 'FILE', ?, 'recipient', ?, 200.00, 'fixture', now())""")
                .params(fx.campaign, unit, caseId, "case-" + caseId).update();
    }
}
