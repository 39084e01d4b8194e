package org.bangfu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class FieldCipherKeysTest {

    private static final String KEY_1 = FieldCipher.DEV_KEY;
    private static final String KEY_2 = "dGVzdHMtc2Vjb25kLWtleS0zMi1ieXRlcy1sb25nISE=";
    private static final String ID = "410102198001010011";

    @Test
    void aValueWrittenUnderKey1StillReadsAfterKey2BecomesCurrent() {
        String underKey1 = new FieldCipher(KEY_1).encrypt(ID);
        FieldCipher rotated = new FieldCipher(Map.of(1, KEY_1, 2, KEY_2), 2);
        assertThat(underKey1).startsWith("k1:");
        assertThat(rotated.decrypt(underKey1)).isEqualTo(ID);
        assertThat(rotated.encrypt(ID)).startsWith("k2:");
        assertThat(rotated.decrypt(rotated.encrypt(ID))).isEqualTo(ID);
        assertThat(rotated.isCurrentCipherText(underKey1)).isFalse();
        assertThat(rotated.isCurrentCipherText(rotated.encrypt(ID))).isTrue();
    }

    @Test
    void aValueStoredBeforeKeysHadIdsIsReadAsKey1() {
        String legacy = new FieldCipher(KEY_1).encrypt(ID).substring("k1:".length());
        assertThat(FieldCipher.keyIdOf(legacy)).isEqualTo(1);
        assertThat(new FieldCipher(Map.of(1, KEY_1, 2, KEY_2), 2).decrypt(legacy)).isEqualTo(ID);
    }

    @Test
    void theSearchHashUnderKey1IsTheUnchangedOldHashAndALookupAsksForTheHashUnderEveryKey() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(KEY_1), "HmacSHA256"));
        byte[] derived = mac.doFinal("search-hash".getBytes(StandardCharsets.UTF_8));
        mac.init(new SecretKeySpec(derived, "HmacSHA256"));
        String oldHash = HexFormat.of().formatHex(mac.doFinal(ID.getBytes(StandardCharsets.UTF_8)));

        assertThat(new FieldCipher(KEY_1).searchHash(ID)).isEqualTo(oldHash);
        FieldCipher rotated = new FieldCipher(Map.of(1, KEY_1, 2, KEY_2), 2);
        assertThat(rotated.searchHash(ID)).startsWith("k2:").hasSize(67);
        assertThat(rotated.searchHashes(ID)).containsExactly(rotated.searchHash(ID), oldHash);
        assertThat(rotated.isCurrentHash(oldHash)).isFalse();
        assertThat(FieldCipher.keyIdOf(rotated.searchHash(ID))).isEqualTo(2);
    }

    @Test
    void aValueUnderAKeyThatIsNotConfiguredFailsWithItsKeyId() {
        String underKey2 = new FieldCipher(Map.of(1, KEY_1, 2, KEY_2), 2).encrypt(ID);
        assertThatThrownBy(() -> new FieldCipher(KEY_1).decrypt(underKey2))
                .hasMessageContaining("key 2").hasMessageContaining("not configured");
    }

    @Test
    void theSingleKeySettingIsKey1AndFurtherKeysComeByIdWithTheHighestCurrentUnlessNamed() {
        FieldCipher single = new FieldCipher(new MockEnvironment().withProperty("bangfu.crypto.key", KEY_1));
        assertThat(single.currentKeyId()).isEqualTo(1);
        assertThat(single.keyIds()).containsExactly(1);
        assertThat(single.usesDevelopmentKey()).isTrue();
        assertThat(new FieldCipher(Map.of(2, KEY_2), 2).usesDevelopmentKey()).isFalse();

        MockEnvironment two = new MockEnvironment().withProperty("bangfu.crypto.key", KEY_1)
                .withProperty("bangfu.crypto.keys.2", KEY_2);
        assertThat(new FieldCipher(two).currentKeyId()).isEqualTo(2);
        assertThat(new FieldCipher(two.withProperty("bangfu.crypto.current-key-id", "1")).currentKeyId())
                .isEqualTo(1);
        assertThat(new FieldCipher(new MockEnvironment().withProperty("bangfu.crypto.key", KEY_1)
                .withProperty("bangfu.crypto.current-key-id", "")).currentKeyId()).isEqualTo(1);
    }

    @Test
    void aCurrentKeyIdThatNamesNoKeyOrAKeyOfTheWrongLengthStopsTheStart() {
        assertThatThrownBy(() -> new FieldCipher(Map.of(1, KEY_1), 3)).hasMessageContaining("current-key-id=3");
        assertThatThrownBy(() -> new FieldCipher(Map.of(1, KEY_1, 2, "c2hvcnQ="), 2))
                .hasMessageContaining("crypto key 2 must be 32 bytes");
    }

    @Test
    void aPhoneIsMaskedToItsFirstThreeAndLastFourDigits() {
        assertThat(PhoneNumbers.masked("13812341234")).isEqualTo("138****1234");
        assertThat(PhoneNumbers.masked("1234")).isEqualTo("****");
        assertThat(PhoneNumbers.masked(null)).isNull();
    }
}
