package org.sightline.view.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sightline.controller.ViewState;
import org.sightline.io.BundledMap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The map takes its colours from the stylesheet (-map-*), as the high-contrast presenting theme needs. */
@ExtendWith(ApplicationExtension.class)
class MapStyleTest {

    private MapCanvas map;

    @Start
    void start(Stage stage) {
        map = new MapCanvas(new ViewState(), BundledMap.load());
        map.animatedProperty().set(false);
        stage.setScene(new Scene(map, 400, 300));
        stage.show();
    }

    @Test
    void theSeaIsPaintedInTheColourTheStylesheetGives(FxRobot robot) {
        assertEquals(0, pure(robot, 0xffff0000), "no pure red in the default colours");
        robot.interact(() -> map.setStyle("-map-sea: #ff0000;"));
        int red = pure(robot, 0xffff0000);
        assertTrue(red > 400 * 300 / 5, "the sea is red: " + red + " pixels");
        robot.interact(() -> map.setStyle("-map-sea: #ff0000; -map-land: #00ff00;"));
        assertTrue(pure(robot, 0xff00ff00) > 400 * 300 / 20, "and the land green");
    }

    private int pure(FxRobot robot, int argb) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        int n = 0;
        for (int y = 0; y < (int) shot[0].getHeight(); y++) {
            for (int x = 0; x < (int) shot[0].getWidth(); x++) {
                if (shot[0].getPixelReader().getArgb(x, y) == argb) {
                    n++;
                }
            }
        }
        return n;
    }
}
