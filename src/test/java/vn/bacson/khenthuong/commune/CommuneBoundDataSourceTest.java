package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which statements may go out without syncing {@code app.commune} first: only those that touch nothing but the
 * engine's tables. Everything else — our tables, joins of both, comma lists, CTEs, bare function calls — is synced.
 */
class CommuneBoundDataSourceTest {

    @Test
    void theEngineIdentityQueriesOfEveryRequestNeedNoCommune() {
        assertThat(CommuneBoundDataSource.engineOnly("select * from ACT_ID_USER where ID_ = ?"))
                .isTrue();
        assertThat(CommuneBoundDataSource.engineOnly("select distinct RES.* from ACT_ID_GROUP RES inner join "
                        + "ACT_ID_MEMBERSHIP M on RES.ID_ = M.GROUP_ID_ inner join ACT_ID_USER U on M.USER_ID_ = U.ID_ "
                        + "WHERE U.ID_ = ? order by RES.ID_ asc LIMIT ? OFFSET ?"))
                .isTrue();
        assertThat(CommuneBoundDataSource.engineOnly("insert into ACT_HI_TASKINST (ID_, NAME_) values (?, ?)"))
                .isTrue();
        assertThat(CommuneBoundDataSource.engineOnly("update ACT_RU_TASK SET REV_ = ? where ID_ = ? and REV_ = ?"))
                .isTrue();
    }

    @Test
    void anythingThatMayTouchACommuneTableIsSynced() {
        assertThat(CommuneBoundDataSource.engineOnly("select * from dossier where id = ?"))
                .isFalse();
        assertThat(CommuneBoundDataSource.engineOnly(
                        "select t.ID_ from ACT_RU_TASK t join task_projection p on p.task_id = t.ID_"))
                .isFalse();
        assertThat(CommuneBoundDataSource.engineOnly("select t.ID_ from ACT_RU_TASK t, dossier d where d.id = ?"))
                .isFalse();
        assertThat(CommuneBoundDataSource.engineOnly(
                        "select t.ID_ from ACT_RU_TASK t where exists (select 1 from nominee n)"))
                .isFalse();
        assertThat(CommuneBoundDataSource.engineOnly("select * from ACT_RU_TASK where in_commune(?)"))
                .isFalse();
        assertThat(CommuneBoundDataSource.engineOnly("delete from ACT_RU_TASK using dossier d where d.id = ?"))
                .isFalse();
        assertThat(CommuneBoundDataSource.engineOnly("select app_commune()")).isFalse();
        assertThat(CommuneBoundDataSource.engineOnly("select set_config('app.commune', ?, false)"))
                .isFalse();
        assertThat(CommuneBoundDataSource.engineOnly("with x as (select * from ACT_RU_TASK) select * from x"))
                .isFalse();
        assertThat(CommuneBoundDataSource.engineOnly("select * from public.dossier"))
                .isFalse();
    }
}
