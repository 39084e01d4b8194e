package org.bangfu.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidStatus;
import org.bangfu.approval.SchoolLevel;
import org.bangfu.approval.Tier;
import org.bangfu.identification.AidType;
import org.bangfu.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of aid requests. */
@Component
class AidRequestRecords {

    static final String FIND_REQUEST = """
            SELECT * FROM aid_request WHERE id = :requestId""";
    static final String LIST_REQUESTS_OF_CASE = """
            SELECT * FROM aid_request WHERE case_id = :caseId ORDER BY id""";

    private final JdbcClient jdbc;

    AidRequestRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AidRequest aidRequest(long requestId) {
        return jdbc.sql(FIND_REQUEST).param("requestId", requestId).query(AidRequestRecords::row)
                .optional().orElseThrow(() -> new NotFoundException("error.aidRequestNotFound", requestId));
    }

    List<AidRequest> requests(long caseId) {
        return jdbc.sql(LIST_REQUESTS_OF_CASE).param("caseId", caseId)
                .query(AidRequestRecords::row).list();
    }

    private static AidRequest row(ResultSet rs, int n) throws SQLException {
        String level = rs.getString("school_level");
        return new AidRequest(rs.getLong("id"), rs.getLong("case_id"), AidType.valueOf(rs.getString("aid_type")),
                rs.getBigDecimal("amount"), rs.getInt("aid_year"), rs.getBigDecimal("out_of_pocket"),
                level == null ? null : SchoolLevel.valueOf(level), rs.getString("purpose"), rs.getBoolean("emergency"),
                AidStatus.valueOf(rs.getString("status")), Tier.valueOf(rs.getString("required_tier")),
                rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class));
    }
}
